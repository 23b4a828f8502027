/**
 * Reads a byte stream (stdin) to the end, but no further than a size limit: a stream has no
 * size to check beforehand, so the limit is enforced while reading.
 */

export type StreamRead = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly size: number };

export async function readStream(stream: AsyncIterable<unknown>, maxBytes: number): Promise<StreamRead> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : (chunk as Uint8Array);
    size += bytes.byteLength;
    if (size > maxBytes) return { ok: false, size };
    chunks.push(bytes);
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
}
