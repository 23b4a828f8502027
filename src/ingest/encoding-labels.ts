/**
 * Encodings ingest can decode, and the labels (HTML `charset`, chardet names, aliases) that name
 * them. Format: label (lower case) → canonical iconv-lite name. GBK and GB2312 decode as GB18030,
 * their superset, so one decoder serves all three.
 */

export type SupportedEncoding =
  | 'utf-8'
  | 'utf-16le'
  | 'utf-16be'
  | 'gb18030'
  | 'big5'
  | 'windows-1251'
  | 'koi8-r';

/** The single- and double-byte encodings that need guessing when there is no BOM and no valid UTF-8. */
export const LEGACY_ENCODINGS: readonly SupportedEncoding[] = ['gb18030', 'big5', 'windows-1251', 'koi8-r'];

const LABELS: Readonly<Record<string, SupportedEncoding>> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  // WHATWG: a bare `utf-16` label means little-endian.
  'utf-16': 'utf-16le',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  gb18030: 'gb18030',
  gbk: 'gb18030',
  gb2312: 'gb18030',
  'x-gbk': 'gb18030',
  cp936: 'gb18030',
  'euc-cn': 'gb18030',
  chinese: 'gb18030',
  'csgb2312': 'gb18030',
  big5: 'big5',
  'big5-hkscs': 'big5',
  'cn-big5': 'big5',
  'x-x-big5': 'big5',
  cp950: 'big5',
  'csbig5': 'big5',
  'windows-1251': 'windows-1251',
  cp1251: 'windows-1251',
  'x-cp1251': 'windows-1251',
  'koi8-r': 'koi8-r',
  koi8: 'koi8-r',
  koi: 'koi8-r',
  'koi8_r': 'koi8-r',
  cskoi8r: 'koi8-r',
};

/** The supported encoding a label names, or undefined for labels ingest cannot decode. */
export function encodingForLabel(label: string): SupportedEncoding | undefined {
  return LABELS[label.trim().toLowerCase()];
}
