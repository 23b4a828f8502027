/**
 * How plausible a decoding is as news text in Chinese, Russian, Kazakh or English. chardet alone
 * confuses KOI8-R with Windows-1251 and GBK with Big5 on short texts, so every candidate decoding
 * is scored and the best one wins:
 *
 * - a wrong Cyrillic code page swaps letter case, so real text is mostly lower case and a capital
 *   letter right after a lower-case one is a sign of the wrong table;
 * - a wrong CJK code page yields rare characters, private-use code points and replacement
 *   characters, so characters from the frequent-use level of GB2312 or Big5 count for the
 *   decoding and everything else against it.
 */
import iconv from 'iconv-lite';

const REPLACEMENT = 0xfffd;

const frequentHanCache = new Map<string, boolean>();

/** Level 1 of GB2312 (3,755 frequent simplified characters) or of Big5 (5,401 frequent traditional ones). */
function isFrequentHan(ch: string): boolean {
  const cached = frequentHanCache.get(ch);
  if (cached !== undefined) return cached;
  const gb = iconv.encode(ch, 'gbk');
  const big5 = iconv.encode(ch, 'big5');
  const gbLead = gb[0] ?? 0;
  const gbTrail = gb[1] ?? 0;
  const big5Code = big5.length === 2 ? ((big5[0] ?? 0) << 8) | (big5[1] ?? 0) : 0;
  const frequent =
    (gb.length === 2 && gbLead >= 0xb0 && gbLead <= 0xd7 && gbTrail >= 0xa1) ||
    (big5Code >= 0xa440 && big5Code <= 0xc67e);
  frequentHanCache.set(ch, frequent);
  return frequent;
}

/** Code points that no text decoding should produce: replacement, controls, private use. */
export function isBadCodePoint(cp: number): boolean {
  if (cp === REPLACEMENT) return true;
  if (cp < 0x20) return cp !== 0x09 && cp !== 0x0a && cp !== 0x0d && cp !== 0x0c;
  if (cp >= 0x7f && cp <= 0x9f) return true;
  return cp >= 0xe000 && cp <= 0xf8ff;
}

/** А–я, Ё, ё: the Russian alphabet, which is all a Windows-1251 or KOI8-R text in scope can hold. */
function isRussianLetter(cp: number): boolean {
  return (cp >= 0x0410 && cp <= 0x044f) || cp === 0x0401 || cp === 0x0451;
}

function isHan(cp: number): boolean {
  return (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0xf900 && cp <= 0xfaff);
}

/** CJK punctuation and full-width forms: frequent in real Chinese, rare in mis-decoded bytes. */
function isCjkPunctuation(cp: number): boolean {
  return (cp >= 0x3000 && cp <= 0x303f) || (cp >= 0xff01 && cp <= 0xff5e) || cp === 0x201c || cp === 0x201d;
}

/** Latin-1 signs Russian and Chinese news keep using (« » § ° © and the no-break space). */
const COMMON_LATIN1_SIGNS = new Set([0xa0, 0xa7, 0xa9, 0xab, 0xb0, 0xbb]);

/** What wrong code pages love to produce and the supported languages do not use. */
function isForeignSymbol(cp: number): boolean {
  return (
    (cp >= 0x0400 && cp <= 0x04ff) || // Cyrillic beyond Russian (Windows-1251's Serbian, Ukrainian letters)
    (cp >= 0x00a1 && cp <= 0x00bf && !COMMON_LATIN1_SIGNS.has(cp)) ||
    cp === 0x2020 || cp === 0x2021 || cp === 0x2030 || cp === 0x2122 || // † ‡ ‰ ™
    (cp >= 0x2500 && cp <= 0x259f) || // box drawing, blocks (KOI8-R's upper half)
    (cp >= 0x3040 && cp <= 0x30ff) || // kana
    (cp >= 0xac00 && cp <= 0xd7af) || // hangul
    (cp >= 0x0370 && cp <= 0x03ff) || // Greek
    (cp >= 0x00c0 && cp <= 0x00ff) // Latin-1 letters
  );
}

/** Higher is more plausible. Only comparable between decodings of the same bytes. */
export function scoreDecoding(text: string): number {
  let score = 0;
  let previousLower = false;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    let lower = false;
    if (isBadCodePoint(cp)) score -= 8;
    else if (isHan(cp)) score += isFrequentHan(ch) ? 2 : -0.5;
    else if (isCjkPunctuation(cp)) score += 1;
    else if (isRussianLetter(cp)) {
      lower = ch !== ch.toUpperCase();
      // One Cyrillic letter is one byte where one Han character is two: weigh them alike per byte.
      if (lower) score += 1.5;
      else score += previousLower ? -2 : 1;
    } else if (isForeignSymbol(cp)) score -= 2;
    else lower = ch !== ch.toUpperCase();
    previousLower = lower;
  }
  return score;
}

/** Share of non-space characters that are replacement, control or private-use code points. */
export function badShare(text: string): number {
  let bad = 0;
  let total = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp === 0x20 || cp === 0x0a || cp === 0x0d || cp === 0x09) continue;
    total += 1;
    if (isBadCodePoint(cp)) bad += 1;
  }
  return total === 0 ? 0 : bad / total;
}
