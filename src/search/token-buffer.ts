/**
 * A growing UTF-16 buffer for space-separated token strings. Analysis writes several index
 * characters per text character (a unigram and a bigram for each Han character); writing code
 * units into one typed array and decoding once is several times faster than building and joining
 * millions of small strings.
 */

const decoder = new TextDecoder('utf-16le');

export class TokenBuffer {
  private units = new Uint16Array(1024);
  private length = 0;

  private reserve(extra: number): void {
    if (this.length + extra <= this.units.length) return;
    let size = this.units.length * 2;
    while (size < this.length + extra) size *= 2;
    const grown = new Uint16Array(size);
    grown.set(this.units.subarray(0, this.length));
    this.units = grown;
  }

  /** Appends a token, separated from the previous one by a space. */
  token(text: string): void {
    this.reserve(text.length + 1);
    if (this.length > 0) this.units[this.length++] = 0x20;
    for (let k = 0; k < text.length; k++) this.units[this.length++] = text.charCodeAt(k);
  }

  /** Appends the two-character token `a b` (a Han bigram), each given as a string. */
  pair(a: string, b: string): void {
    this.reserve(a.length + b.length + 1);
    if (this.length > 0) this.units[this.length++] = 0x20;
    for (let k = 0; k < a.length; k++) this.units[this.length++] = a.charCodeAt(k);
    for (let k = 0; k < b.length; k++) this.units[this.length++] = b.charCodeAt(k);
  }

  toString(): string {
    const bytes = new Uint8Array(this.units.buffer, 0, this.length * 2);
    return decoder.decode(bytes);
  }
}
