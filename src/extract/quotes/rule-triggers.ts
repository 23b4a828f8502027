/**
 * Which trigger words let a rule match. A rule can only match where its cue stands, so each rule
 * is tried only in windows holding one of the trigger words its `(?<cue>…)` group can produce:
 * the words of the tables it refers to (through patterns too), or its literal words
 * (`[Aa]ccording\sto` → a trigger containing `ccording`). A rule no trigger can satisfy is a pack
 * error, reported at start-up.
 */
import type { QuoteRule, QuotesPack, TableEntry } from './quotes-pack.js';

const REFERENCE = /(?<!\\[pP])\{([A-Za-z][A-Za-z0-9_]*)\}/g;

export const entryWord = (entry: TableEntry): string => (typeof entry === 'string' ? entry : entry.word);

/** Every word the pack's `triggers` name, tables expanded. */
export function triggerWords(pack: QuotesPack): string[] {
  const words = new Set<string>();
  for (const trigger of pack.triggers) {
    const table = /^\{(\w+)\}$/.exec(trigger)?.[1];
    if (table === undefined) { words.add(trigger); continue; }
    const entries = pack.tables[table];
    if (entries === undefined) throw new Error(`quotes pack: unknown trigger table {${table}}`);
    for (const entry of entries) words.add(entryWord(entry));
  }
  if (words.size === 0) throw new Error('quotes pack: no triggers');
  return [...words];
}

/** The body of the `(?<cue>…)` group of a template, found by counting parentheses. */
function cueGroup(template: string): string | undefined {
  const open = template.indexOf('(?<cue>');
  if (open < 0) return undefined;
  let depth = 0;
  let inClass = false;
  for (let i = open; i < template.length; i++) {
    const ch = template[i];
    if (ch === '\\') { i++; continue; }
    if (inClass) { if (ch === ']') inClass = false; continue; }
    if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return template.slice(open + '(?<cue>'.length, i);
  }
  return undefined;
}

/** Table words reachable from a fragment, through the patterns it refers to. */
function reachableWords(fragment: string, pack: QuotesPack, seen: Set<string>, out: Set<string>): void {
  for (const [, name] of fragment.matchAll(REFERENCE)) {
    if (name === undefined || seen.has(name)) continue;
    seen.add(name);
    const table = pack.tables[name];
    if (table) for (const entry of table) out.add(entryWord(entry));
    const pattern = pack.patterns[name];
    if (pattern !== undefined) reachableWords(pattern, pack, seen, out);
  }
}

/** Runs of three or more letters written literally in a fragment (not escapes, classes or references). */
function literalRuns(fragment: string): string[] {
  const bare = fragment
    .replace(REFERENCE, ' ')
    .replace(/\\[pPu]\{[^}]*\}|\\./g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\(\?<[A-Za-z]+>/g, ' ');
  return [...bare.matchAll(/\p{L}{3,}/gu)].map((m) => m[0]);
}

/** The trigger words that may stand in a match of `rule`. */
export function ruleTriggerWords(rule: QuoteRule, pack: QuotesPack, triggers: readonly string[]): ReadonlySet<string> {
  const group = cueGroup(rule.kind === 'frame' ? rule.tail ?? '' : rule.pattern);
  if (group === undefined) throw new Error(`quotes pack: rule ${rule.name} has no (?<cue>…) group`);
  const words = new Set<string>();
  reachableWords(group, pack, new Set(), words);
  const runs = literalRuns(group);
  const out = new Set(triggers.filter((t) => words.has(t) || runs.some((r) => t.includes(r))));
  if (out.size === 0) throw new Error(`quotes pack: no trigger word can start rule ${rule.name}; add its cue words to triggers`);
  return out;
}
