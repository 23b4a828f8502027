/**
 * The charset an HTML document declares in its first 1,024 bytes, as browsers pre-scan it:
 * `<meta charset="gbk">` or `<meta http-equiv="Content-Type" content="text/html; charset=gbk">`.
 * The bytes are read as Latin-1, which keeps ASCII markup intact whatever the real encoding.
 */

const PRESCAN_BYTES = 1024;
// Bounded attribute run: each `<meta` costs at most a few hundred steps, so the scan stays linear.
const META_CHARSET = /<meta\b[^>]{0,300}?\bcharset\s*=\s*["']?\s*(?<label>[A-Za-z0-9._:-]{1,40})/i;

export function sniffHtmlCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, PRESCAN_BYTES)).toString('latin1');
  return META_CHARSET.exec(head)?.groups?.['label'];
}
