/**
 * Traditional Chinese is matched by folding it to simplified one UTF-16 unit at a time, so the
 * folded text has the same offsets as the record text and every alias, title and pronoun needs
 * only its simplified form. The table is OpenCC's character list (opencc-js), built once.
 */
import tsCharacters from 'opencc-js/dict/TSCharacters';

let table: Uint16Array | undefined;

function build(): Uint16Array {
  const out = new Uint16Array(0x10000);
  for (let c = 0; c < out.length; c++) out[c] = c;
  for (const pair of tsCharacters.split('|')) {
    const [from, to] = pair.split(' ');
    // Only single-unit pairs keep offsets; the first simplified candidate is the common one.
    if (from?.length === 1 && to !== undefined && to.length >= 1) {
      const simplified = to.charCodeAt(0);
      if (simplified < 0xd800 || simplified > 0xdfff) out[from.charCodeAt(0)] = simplified;
    }
  }
  return out;
}

/** The folding table: `table[code]` is the simplified code unit for `code` (itself when none). */
export function hanFoldTable(): Uint16Array {
  table ??= build();
  return table;
}

/** A string folded to simplified, unit by unit (for lexicon surfaces and pack character sets). */
export function foldHan(text: string): string {
  const fold = hanFoldTable();
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(fold[text.charCodeAt(i)]!);
  return out;
}
