/**
 * Recognises one credit line, whole: `Фото: Ақорда`, `【编译：阿遥】`, `(Reporting by A; Editing
 * by B)`, `By John Smith`, `新华社记者李学仁摄`. Only short lines qualify, and each is read with
 * plain string scans (no regular expression over the line), so the cost is constant per line.
 */
import type { Credit, CreditRole } from './article.js';
import type { CreditPack } from './credit-pack.js';

/** Longer lines are prose, whatever they start with. */
export const MAX_CREDIT_LINE = 80;
const MAX_NAME = 60;
const MAX_LABELLED_WORDS = 12;
const MAX_UNLABELLED_WORDS = 6;

const BRACKETS: Readonly<Record<string, string>> = {
  '【': '】', '[': ']', '(': ')', '（': '）', '〔': '〕', '［': '］', '「': '」', '〖': '〗',
};
const SEPARATORS = new Set([':', '：', '/', '／', '-', '–', '—', '|', '｜']);
/** Sentence-ending or clause-joining signs: a name never holds them, a sentence does. */
const SENTENCE_SIGNS = /[。！？!?；;]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const NAME_START = /^[\p{Lu}\p{Lt}\p{Lo}]/u;
/** Lower-case words a name list may hold (`John Smith and Jane Doe`, `Иванов и Петров`). */
const NAME_JOINERS = new Set(['and', '&', 'и', 'мен', 'және', 'de', 'da', 'del', 'van', 'von', 'der', 'bin', 'al']);

interface Cue {
  readonly word: string;
  readonly lower: string;
  readonly role: CreditRole;
  readonly optionalSeparator: boolean;
}

export interface CreditMatcher {
  /** The credits a whole line states, in order, or undefined when the line is not a credit line. */
  match(line: string): Credit[] | undefined;
}

function splitGroups(line: string): string[] {
  if (BRACKETS[line[0] ?? ''] === undefined) return [line];
  const groups: string[] = [];
  let i = 0;
  while (i < line.length) {
    const open = line[i] ?? '';
    if (open === ' ' || open === '\t') { i += 1; continue; }
    const close = BRACKETS[open];
    const end = close === undefined ? -1 : line.indexOf(close, i + 1);
    if (end < 0) return [line];
    groups.push(line.slice(i + 1, end));
    i = end + 1;
  }
  return groups;
}

function splitParts(line: string): string[] {
  return splitGroups(line)
    .flatMap((group) => group.split(/[;；]/))
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

function looksLikeName(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length > MAX_UNLABELLED_WORDS || !NAME_START.test(name)) return false;
  return words.every((word) => NAME_START.test(word) || NAME_JOINERS.has(word.toLowerCase()));
}

function cleanName(raw: string, labelled: boolean): string | undefined {
  let name = raw.trim();
  if (name.endsWith('.') || name.endsWith('。')) {
    // After a label a final point is punctuation; without one, `By A. Smith Jr.` may end in an
    // abbreviation, but a longer last word before the point means a sentence ended.
    const lastWord = name.split(/\s+/).at(-1) ?? '';
    if (labelled) name = name.slice(0, -1).trimEnd();
    else if (lastWord.length > 4) return undefined;
  }
  if (name === '' || name.length > MAX_NAME || SENTENCE_SIGNS.test(name)) return undefined;
  if (labelled) return name.split(/\s+/).length <= MAX_LABELLED_WORDS ? name : undefined;
  return looksLikeName(name) ? name : undefined;
}

export function createCreditMatcher(packs: readonly CreditPack[]): CreditMatcher {
  const byFirstChar = new Map<string, Cue[]>();
  const suffixes: Array<{ readonly suffix: string; readonly role: CreditRole }> = [];
  for (const pack of packs) {
    for (const cue of pack.credits) {
      for (const word of cue.words) {
        const lower = word.toLowerCase();
        const key = lower.charAt(0);
        const list = byFirstChar.get(key) ?? [];
        const optionalSeparator = cue.separator === 'optional';
        const same = list.findIndex((c) => c.lower === lower);
        // Packs may share a word (`Фото` is Russian and Kazakh): the first role stands, and the
        // looser separator rule, since either language's usage is a credit.
        if (same < 0) list.push({ word, lower, role: cue.role, optionalSeparator });
        else if (optionalSeparator) list[same] = { ...list[same]!, optionalSeparator };
        byFirstChar.set(key, list);
      }
      for (const suffix of cue.suffixes ?? []) suffixes.push({ suffix, role: cue.role });
    }
  }
  for (const list of byFirstChar.values()) list.sort((a, b) => b.lower.length - a.lower.length);

  function matchPart(part: string): { role: CreditRole; name: string } | undefined {
    for (const cue of byFirstChar.get(part.charAt(0).toLowerCase()) ?? []) {
      if (part.slice(0, cue.word.length).toLowerCase() !== cue.lower) continue;
      const after = part.slice(cue.word.length);
      if (WORD_CHAR.test(after.charAt(0))) continue;
      const rest = after.trimStart();
      let name: string | undefined;
      if (SEPARATORS.has(rest.charAt(0))) name = cleanName(rest.slice(1), true);
      else if (cue.optionalSeparator && rest !== after) name = cleanName(rest, false);
      if (name !== undefined) return { role: cue.role, name };
    }
    for (const { suffix, role } of suffixes) {
      if (part.length <= suffix.length || !part.endsWith(suffix)) continue;
      const name = cleanName(part.slice(0, -suffix.length), true);
      if (name !== undefined) return { role, name };
    }
    return undefined;
  }

  return {
    match(line: string): Credit[] | undefined {
      const raw = line.trim();
      if (raw === '' || raw.length > MAX_CREDIT_LINE) return undefined;
      const credits: Credit[] = [];
      for (const part of splitParts(raw)) {
        const found = matchPart(part);
        if (found === undefined) return undefined;
        credits.push({ ...found, raw });
      }
      return credits.length > 0 ? credits : undefined;
    },
  };
}
