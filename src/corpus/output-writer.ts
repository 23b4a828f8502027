/**
 * Writing a long result to stdout politely: waits when the reader is slower (backpressure), and
 * stops quietly when the reader has gone (`rostrum export … | head` closes the pipe: EPIPE is the
 * reader's choice, not an error worth a message).
 */

export type WriteChunk = (chunk: string) => Promise<boolean>;

export function outputWriter(stream: NodeJS.WritableStream): WriteChunk {
  let gone = false;
  stream.on('error', () => { gone = true; });
  const settled = () => new Promise<void>((resolve) => {
    const done = () => {
      stream.removeListener('drain', done);
      stream.removeListener('error', done);
      stream.removeListener('close', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('error', done);
    stream.on('close', done);
  });
  return async (chunk) => {
    if (gone) return false;
    if (!stream.write(chunk)) await settled();
    return !gone;
  };
}
