/**
 * Bytes → text. Order of trust: a byte-order mark; a declared charset (HTML `<meta charset>`);
 * strict UTF-8 validity; then chardet's guesses and the other legacy encodings, each decoded and
 * scored for plausibility (see score-decoding.ts), because chardet alone is unreliable on short
 * Cyrillic and CJK texts.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { encodingForLabel, LEGACY_ENCODINGS, type SupportedEncoding } from './encoding-labels.js';
import { badShare, scoreDecoding } from './score-decoding.js';

export type Decoded =
  | { readonly ok: true; readonly text: string; readonly encoding: SupportedEncoding }
  | { readonly ok: false; readonly reason: string };

/** Binary sniffing and candidate scoring look at this much; decoding then reads everything. */
const SAMPLE_BYTES = 64 * 1024;
const NUL_WINDOW = 8 * 1024;
/** Above this share of control, replacement or private-use characters the bytes are not text. */
const MAX_BAD_SHARE = 0.05;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function decodeWith(bytes: Uint8Array, encoding: SupportedEncoding): string {
  return iconv.decode(toBuffer(bytes), encoding, { stripBOM: true });
}

function bomEncoding(bytes: Uint8Array): { encoding: SupportedEncoding; length: number } | undefined {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

function tryStrictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return undefined;
  }
}

function hasNul(bytes: Uint8Array): boolean {
  return bytes.subarray(0, NUL_WINDOW).includes(0);
}

function hasNonAscii(bytes: Uint8Array): boolean {
  return bytes.some((b) => b >= 0x80);
}

/**
 * chardet's confidence (0–100) in each supported legacy encoding, 0 for those it did not name.
 * chardet is kept as a prior: it decides near-ties on very short texts, where one all-caps word
 * reads as well in either Cyrillic table.
 */
function chardetPriors(sample: Uint8Array): Map<SupportedEncoding, number> {
  const priors = new Map<SupportedEncoding, number>(LEGACY_ENCODINGS.map((encoding) => [encoding, 0]));
  for (const match of chardet.analyse(sample)) {
    const encoding = encodingForLabel(match.name);
    if (encoding !== undefined && priors.has(encoding)) {
      priors.set(encoding, Math.max(priors.get(encoding) ?? 0, match.confidence));
    }
  }
  return priors;
}

/** Worth of full chardet confidence, in plausibility points (about four letters). */
const PRIOR_WEIGHT = 4;

function guessLegacy(bytes: Uint8Array): SupportedEncoding {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let best: SupportedEncoding = 'windows-1251';
  let bestScore = -Infinity;
  for (const [encoding, confidence] of chardetPriors(sample)) {
    const score = scoreDecoding(decodeWith(sample, encoding)) + (confidence / 100) * PRIOR_WEIGHT;
    if (score > bestScore) {
      best = encoding;
      bestScore = score;
    }
  }
  return best;
}

function accept(text: string, encoding: SupportedEncoding): Decoded {
  if (badShare(text.slice(0, SAMPLE_BYTES)) > MAX_BAD_SHARE) return { ok: false, reason: 'binary file (undecodable)' };
  return { ok: true, text, encoding };
}

/**
 * Decodes bytes to text, or says why they are not text. `declared` is a charset label the
 * container states (HTML meta); it beats guessing but not a BOM, and valid multi-byte UTF-8 beats
 * a legacy label, since legacy-encoded CJK or Cyrillic is practically never valid UTF-8 while
 * pages re-saved as UTF-8 often keep their old label.
 */
export function decodeBytes(bytes: Uint8Array, declared?: string): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  const bom = bomEncoding(bytes);
  if (bom !== undefined) return accept(decodeWith(bytes.subarray(bom.length), bom.encoding), bom.encoding);
  if (hasNul(bytes)) return { ok: false, reason: 'binary file (NUL bytes)' };

  const utf8 = tryStrictUtf8(bytes);
  const label = declared === undefined ? undefined : encodingForLabel(declared);
  if (label !== undefined && label !== 'utf-8' && !label.startsWith('utf-16')) {
    if (utf8 === undefined || !hasNonAscii(bytes)) return accept(decodeWith(bytes, label), label);
  }
  if (utf8 !== undefined) return accept(utf8, 'utf-8');
  const guess = guessLegacy(bytes);
  return accept(decodeWith(bytes, guess), guess);
}
