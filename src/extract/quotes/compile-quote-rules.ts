/**
 * Turns a pack's quote data into matchers once, in `create()`: mark lookups keyed by character,
 * and rule templates expanded (`{cue}` → one alternation of literals) and anchored by rule kind.
 * A bad pack (unknown reference, a cycle, a rule without `cue`) fails here, at start-up, never
 * while a document is processed.
 */
import type { QuoteMarkPair, QuoteRule, QuoteRuleKind, QuotesPack, TableEntry } from './quotes-pack.js';
import { entryWord, ruleTriggerWords, triggerWords } from './rule-triggers.js';

export interface MarkInfo {
  readonly close: string;
  readonly apostrophe: boolean;
  readonly title: boolean;
}

export interface CompiledRule {
  readonly name: string;
  readonly kind: QuoteRuleKind;
  /** Anchored for its kind; `d` flag, so group offsets are known. */
  readonly regex: RegExp;
  /** The same without `d`: offsets cost four times the match, so failures are found without them. */
  readonly test: RegExp;
  readonly tail?: RegExp;
  readonly tailTest?: RegExp;
  readonly confidence: number;
  /** Trigger words its cue can hold: the rule is tried only in windows holding one. */
  readonly triggers: ReadonlySet<string>;
}

export interface CompiledQuotesPack {
  readonly openers: ReadonlyMap<string, MarkInfo>;
  readonly closers: ReadonlySet<string>;
  readonly speechDashes: ReadonlySet<string>;
  readonly introPunctuation: ReadonlySet<string>;
  readonly closingJoiners: ReadonlySet<string> | undefined;
  readonly rules: Readonly<Record<QuoteRuleKind, readonly CompiledRule[]>>;
  /** Finds trigger words (global; word edges are checked by the caller when `wordBoundaries`). */
  readonly trigger: RegExp;
  readonly wordBoundaries: boolean;
  /** Finds the next quote or title mark (global). */
  readonly markFinder: RegExp;
  /** Finds the next attribution dash (global). */
  readonly dashFinder: RegExp;
  /** Tests whether a speaker slot starts with a pronoun (`he`, `他`, `Ол`); undefined when the pack lists none. */
  readonly pronoun: RegExp | undefined;
}

// `{name}`, but not the `{Lu}` of a Unicode property escape `\p{Lu}`.
const REFERENCE = /(?<!\\[pP])\{([A-Za-z][A-Za-z0-9_]*)\}/g;
const WORD_EDGE_BEFORE = '(?<![\\p{L}\\p{N}])';
const WORD_EDGE_AFTER = '(?![\\p{L}\\p{N}])';

function escapeLiteral(word: string): string {
  // Only syntax characters may be escaped under the `u` flag (`\-` is an error there).
  return word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s');
}

function entryPattern(entry: TableEntry): string {
  if (typeof entry === 'string') return escapeLiteral(entry);
  const after = entry.unlessAfter?.length ? `(?<!${entry.unlessAfter.map(escapeLiteral).join('|')})` : '';
  const before = entry.unlessBefore?.length ? `(?!${entry.unlessBefore.map(escapeLiteral).join('|')})` : '';
  return `${after}${escapeLiteral(entry.word)}${before}`;
}

/** One alternation of a table's words, longest first so `деп санайды` wins over `санайды`. */
export function tableAlternation(entries: readonly TableEntry[], wordBoundaries: boolean): string {
  const sorted = [...entries].sort((a, b) => entryWord(b).length - entryWord(a).length);
  const body = `(?:${sorted.map(entryPattern).join('|')})`;
  return wordBoundaries ? `${WORD_EDGE_BEFORE}${body}${WORD_EDGE_AFTER}` : body;
}

export function expandTemplate(template: string, pack: QuotesPack, path: readonly string[] = []): string {
  return template.replace(REFERENCE, (_, name: string) => {
    const table = pack.tables[name];
    if (table !== undefined) return tableAlternation(table, pack.wordBoundaries);
    const pattern = pack.patterns[name];
    if (pattern === undefined) throw new Error(`quotes pack: unknown reference {${name}} in ${path.join(' → ') || 'a rule'}`);
    if (path.includes(name)) throw new Error(`quotes pack: patterns refer to each other in a cycle: ${[...path, name].join(' → ')}`);
    return `(?:${expandTemplate(pattern, pack, [...path, name])})`;
  });
}

const ANCHORS: Readonly<Record<QuoteRuleKind, readonly [string, string]>> = {
  closing: ['^', '$'],
  intro: ['', '$'],
  lead: ['^', ''],
  trail: ['', '$'],
  frame: ['^', ''],
};

function compileRule(rule: QuoteRule, pack: QuotesPack, triggers: readonly string[]): CompiledRule {
  const [before, after] = ANCHORS[rule.kind];
  const source = expandTemplate(rule.pattern, pack, [rule.name]);
  const regex = new RegExp(`${before}(?:${source})${after}`, 'du');
  const test = new RegExp(regex.source, 'u');
  let tail: RegExp | undefined;
  if (rule.kind === 'frame') {
    if (rule.tail === undefined) throw new Error(`quotes pack: frame rule ${rule.name} has no tail`);
    tail = new RegExp(`(?:${expandTemplate(rule.tail, pack, [rule.name])})$`, 'du');
  }
  return {
    name: rule.name, kind: rule.kind, regex, test, ...(tail ? { tail, tailTest: new RegExp(tail.source, 'u') } : {}),
    confidence: rule.confidence,
    triggers: ruleTriggerWords(rule, pack, triggers),
  };
}

function markMap(pairs: readonly QuoteMarkPair[], title: boolean, into: Map<string, MarkInfo>, closers: Set<string>): void {
  for (const pair of pairs) {
    if (pair.open.length !== 1 || pair.close.length !== 1) throw new Error(`quotes pack: marks must be single characters: ${pair.open}${pair.close}`);
    if (!into.has(pair.open)) into.set(pair.open, { close: pair.close, apostrophe: pair.apostrophe ?? false, title });
    closers.add(pair.close);
  }
}

/** One alternation of every trigger word, without guards or word edges: a cheap superset. */
function triggerRegex(words: readonly string[]): RegExp {
  const sorted = [...words].sort((a, b) => b.length - a.length).map(escapeLiteral);
  return new RegExp(sorted.join('|'), 'gu');
}

function charClass(chars: Iterable<string>): string {
  return `[${[...chars].map((c) => c.replace(/[\]\\^-]/g, '\\$&')).join('')}]`;
}

export function compileQuotesPack(pack: QuotesPack): CompiledQuotesPack {
  const openers = new Map<string, MarkInfo>();
  const closers = new Set<string>();
  markMap(pack.marks, false, openers, closers);
  markMap(pack.titleMarks, true, openers, closers);
  const rules: Record<QuoteRuleKind, CompiledRule[]> = { closing: [], intro: [], lead: [], trail: [], frame: [] };
  const triggers = triggerWords(pack);
  for (const rule of pack.rules) rules[rule.kind].push(compileRule(rule, pack, triggers));
  const pronouns = pack.tables['pronoun'];
  return {
    openers,
    closers,
    speechDashes: new Set(pack.speechDashes),
    introPunctuation: new Set(pack.introPunctuation),
    closingJoiners: pack.closingJoiners === undefined ? undefined : new Set(pack.closingJoiners),
    rules,
    trigger: triggerRegex(triggers),
    wordBoundaries: pack.wordBoundaries,
    markFinder: new RegExp(charClass(new Set([...openers.keys(), ...closers])), 'gu'),
    dashFinder: new RegExp(charClass(pack.attributionDashes), 'gu'),
    pronoun: pronouns?.length ? new RegExp(`^\\s{0,2}${tableAlternation(pronouns, pack.wordBoundaries)}`, 'iu') : undefined,
  };
}
