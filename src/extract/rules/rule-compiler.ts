/**
 * Compiles a pack's rules into regular expressions, HeidelTime-style: each rule is a template
 * over named pieces of the pack, and the engine reads a match through the names of its groups.
 *
 * Template format (a regular expression with three additions; plain groups must be `(?:…)` or
 * named, never bare `(…)`):
 *   {table}        any entry of the named table (or built-in `number`, `rangeEnd`), not captured
 *   {role:table}   the same, captured as `role`; the match's value is the table's value
 *   {table*}       the table's entries as stems: no word-end guard (`вырос` matches `выросла`)
 *   (?<role>…)     a plain named group, captured as `role` with no value
 * e.g. `{approx:approxBefore}?{number:number}{scale:scales}?{currency:currencies}`.
 * Text a match may begin with, before the rule's first required table, must itself come from a
 * table (`{rangeFrom} {number:number}`, not `от {number:number}`): see template-anchors.ts.
 *
 * Rules are tried in order at each position and the first that matches wins; group names are
 * prefixed per rule (`r3_number`), so rules may share role names.
 *
 * Speed: a capture-free alternation of all rules (the detector) is tried, anchored, only where
 * rule-triggers.ts finds a trigger; only the rule that matched is run again for its groups. Every
 * attempt is bounded, so the cost stays linear in the text.
 */
import { KeySet, matchOptions, TriggerScanner, type MatchOptions } from './rule-triggers.js';
import { prefixReferences, requiredReference } from './template-anchors.js';

export { matchOptions, type MatchOptions };

export interface LibraryEntry {
  readonly source: string;
  lookup?(text: string): unknown;
  /** The entry's surface forms: their first characters become triggers. */
  readonly literals?: readonly string[];
  /** A pattern for where a match of the entry can start, when it is not a list of literals (digits). */
  readonly trigger?: string;
}

/** Resolves a name used in a template; throws for an unknown one so a pack typo fails at load. */
export type Library = (name: string) => LibraryEntry;

export interface RuleTemplate {
  readonly name: string;
  readonly pattern: string;
}

export interface Capture {
  readonly text: string;
  readonly value: unknown;
}

export interface RuleMatch<R> {
  readonly rule: R;
  readonly start: number;
  readonly end: number;
  readonly roles: Readonly<Partial<Record<string, Capture>>>;
}

export interface CompiledRules<R> {
  /** The first match starting at or after `from`, or undefined. */
  next(text: string, from: number): RuleMatch<R> | undefined;
}

// Not `\p{L}`, a Unicode property escape that looks like a reference.
const REFERENCE = /(?<!\\[pP])\{([A-Za-z][A-Za-z0-9]*)(?::([A-Za-z][A-Za-z0-9]*))?(\*?)\}/g;
const NAMED_GROUP = /\(\?<([A-Za-z][A-Za-z0-9]*)>/g;

interface CompiledRule<R> {
  readonly rule: R;
  /** The rule alone, with its named groups. */
  readonly regex: RegExp;
  readonly roles: ReadonlyArray<readonly [role: string, group: string, lookup?: (text: string) => unknown]>;
}

interface Triggers {
  /** What the first required element of some rule starts with. */
  readonly keys: KeySet;
  readonly sources: Set<string>;
  /** What an optional prefix of some rule starts with: where a match may begin before its trigger. */
  readonly starts: KeySet;
}

function compile(source: string, flags: string, what: string): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (error) {
    throw new Error(`${what} does not compile: ${(error as Error).message}`);
  }
}

function compileOne<R extends RuleTemplate>(rule: R, index: number, library: Library, triggers: Triggers) {
  const prefix = `r${index}_`;
  // Only the first required table triggers the rule; a rule without one is found by its digits.
  const anchor = requiredReference(rule.pattern);
  const prefixes = new Set(prefixReferences(rule.pattern));
  const roles: Array<readonly [string, string, ((text: string) => unknown)?]> = [];
  const seen = new Set<string>();
  const addRole = (role: string) => {
    if (seen.has(role)) throw new Error(`rule "${rule.name}" captures "${role}" twice`);
    seen.add(role);
    return prefix + role;
  };
  let source = rule.pattern.replace(NAMED_GROUP, (_, role: string) => {
    roles.push([role, addRole(role)]);
    return `(?<${prefix}${role}>`;
  });
  source = source.replace(REFERENCE, (_, first: string, second: string | undefined, star: string) => {
    const name = (second ?? first) + star;
    let entry: LibraryEntry;
    try {
      entry = library(name);
    } catch (error) {
      throw new Error(`rule "${rule.name}": ${(error as Error).message}`);
    }
    const table = second ?? first;
    if (star === '' && table === anchor) {
      if (entry.trigger) triggers.sources.add(entry.trigger);
      triggers.keys.add(entry.literals ?? []);
    }
    if (star === '' && prefixes.has(table)) triggers.starts.add(entry.literals ?? []);
    if (second === undefined) return `(?:${entry.source})`;
    const group = addRole(first);
    roles.push([first, group, entry.lookup?.bind(entry)]);
    return `(?<${group}>${entry.source})`;
  });
  // No `d` flag: match indices of every group cost more than the whole match, and no reader needs them.
  const regex = compile(source, 'yu', `rule "${rule.name}"`);
  // The detector needs no groups of its own: named groups become plain ones.
  const plain = source.replace(/\(\?<(?![=!])[A-Za-z][A-Za-z0-9_]*>/g, '(?:');
  return { plain, compiled: { rule, regex, roles } satisfies CompiledRule<R> };
}

export function compileRules<R extends RuleTemplate>(
  rules: readonly R[], library: Library, options: MatchOptions = matchOptions(true),
): CompiledRules<R> {
  // Digits start dates and figures even where a rule spells them out as a raw group.
  const triggers: Triggers = { keys: new KeySet(), sources: new Set([library('number').trigger ?? library('number').source]), starts: new KeySet() };
  const parts = rules.map((rule, i) => compileOne(rule, i, library, triggers));
  const names = rules.map((r) => r.name).join(', ');
  // One empty group per rule tells which alternative matched.
  const detector = compile(parts.length > 0 ? parts.map((p) => `${p.plain}()`).join('|') : '(?!)', 'yu', `rules ${names}`);
  const scanner = new TriggerScanner([...triggers.sources, triggers.keys.pattern()], triggers.starts.pattern(), options);
  const compiled = parts.map((p) => p.compiled);

  /** The rule matching at exactly `at` and reaching past `past`, or undefined. */
  function attempt(text: string, at: number, past: number): CompiledRule<R> | undefined {
    detector.lastIndex = at;
    const m = detector.exec(text);
    if (m === null || at + m[0].length <= past) return undefined;
    for (let i = 1; i < m.length; i++) if (m[i] !== undefined) return compiled[i - 1];
    return undefined;
  }

  function read(text: string, at: number, c: CompiledRule<R>): RuleMatch<R> | undefined {
    c.regex.lastIndex = at;
    const m = c.regex.exec(text);
    if (m === null) return undefined;
    const groups = m.groups ?? {};
    const roles: Record<string, Capture> = {};
    for (const [role, group, lookup] of c.roles) {
      const captured = groups[group];
      if (captured !== undefined) roles[role] = { text: captured, value: lookup?.(captured) };
    }
    return { rule: c.rule, start: at, end: at + m[0].length, roles };
  }

  return {
    next(text, from) {
      scanner.seek(text, from);
      for (let at = scanner.peek(); at !== undefined; at = scanner.peek()) {
        for (let q = scanner.firstStart(from, at); q <= at; q++) {
          if (q < at && !scanner.canStart(text, q)) continue;
          const rule = attempt(text, q, at);
          if (rule !== undefined) return read(text, q, rule);
        }
        scanner.skip(at);
      }
      return undefined;
    },
  };
}
