/**
 * Compiles a list of literal strings into one regular-expression alternation shaped like a trie
 * (`доллар(?:ов|а|)`), so matching never retries a shared prefix and costs at most the length of
 * the longest literal. Longer literals win over their prefixes. A literal that begins (ends) with
 * a Latin or Cyrillic letter matches only at a word start (end): `до` is not found inside `надо`
 * or `доход`. Han literals need no such guard, since Chinese has no word spaces.
 */

/** Latin and Cyrillic letters (Kazakh ә ғ қ ң ө ұ ү һ і included): the letters of spaced words. */
export const WORD_LETTERS = '[A-Za-zªºÀ-ÖØ-öø-ɏЀ-ԯᴀ-ᵿḀ-ỿ]';
const WORD_LETTER = new RegExp(`^${WORD_LETTERS}$`, 'u');
/** Lookarounds that keep a literal from matching inside a word; one character each. */
export const WORD_START = `(?<!${WORD_LETTERS})`;
export const WORD_END = `(?!${WORD_LETTERS})`;

interface TrieNode {
  terminal: boolean;
  readonly children: Map<string, TrieNode>;
}

const newNode = (): TrieNode => ({ terminal: false, children: new Map() });

/** A character class of the given characters, escaped for `u` mode. */
export function charClass(chars: Iterable<string>): string {
  return `[${[...new Set(chars)].map((ch) => (/[\\\]^\-[]/.test(ch) ? `\\${ch}` : ch)).join('')}]`;
}

/** Escapes the characters that are syntax in a `u`-mode pattern (and only those: `\-` is an error there). */
export function escapeLiteral(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

function sortedChildren(node: TrieNode): Array<[string, TrieNode]> {
  return [...node.children.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function emit(node: TrieNode): string {
  const alternatives = sortedChildren(node).map(([ch, child]) => escapeLiteral(ch) + emit(child));
  // The empty alternative comes last, so the longest literal is tried first.
  if (node.terminal) alternatives.push('');
  if (alternatives.length === 1) return alternatives[0]!;
  return `(?:${alternatives.join('|')})`;
}

function trieOf(literals: Iterable<string>): TrieNode {
  const root = newNode();
  for (const literal of literals) {
    let node = root;
    for (const ch of literal) {
      let next = node.children.get(ch);
      if (next === undefined) node.children.set(ch, (next = newNode()));
      node = next;
    }
    node.terminal = true;
  }
  return root;
}

export interface TrieOptions {
  /** Leave the end of word-final literals unguarded: the literals are stems (`вырос` of `выросла`). */
  readonly stems?: boolean;
}

const isLetter = (ch: string | undefined) => ch !== undefined && WORD_LETTER.test(ch);

/** A bare trie alternation of `literals`, with no guards at all. */
export function trieBody(literals: Iterable<string>): string {
  return emit(trieOf(literals));
}

/**
 * A pattern matching any of `literals`; `(?!)` (never matches) when there are none. Literals are
 * split four ways by whether they start and end with a letter, each group one trie with one guard
 * on each side; groups ending in a non-letter come first, so `млрд.` is tried before `млрд`.
 */
export function literalPattern(literals: Iterable<string>, options: TrieOptions = {}): string {
  const groups = new Map<string, string[]>();
  for (const literal of new Set(literals)) {
    if (literal === '') continue;
    const chars = [...literal];
    const key = `${isLetter(chars.at(-1)) && options.stems !== true ? 1 : 0}${isLetter(chars[0]) ? 1 : 0}`;
    const list = groups.get(key) ?? [];
    list.push(literal);
    groups.set(key, list);
  }
  const parts: string[] = [];
  for (const key of ['00', '01', '10', '11']) {
    const list = groups.get(key);
    if (!list) continue;
    const [guardEnd, guardStart] = [key[0] === '1', key[1] === '1'];
    parts.push(`${guardStart ? WORD_START : ''}${emit(trieOf(list))}${guardEnd ? WORD_END : ''}`);
  }
  if (parts.length === 0) return '(?!)';
  return parts.length === 1 ? parts[0]! : `(?:${parts.join('|')})`;
}
