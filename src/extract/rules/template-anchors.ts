/**
 * Reads a rule template's structure, for the trigger scan of rule-compiler.ts:
 *
 *  - the required reference: the first table reference every match must contain (not optional
 *    by `?`, `*` or `{0,…}`, not in a lookaround, not in one branch of an alternation). Its
 *    entries become the rule's triggers.
 *  - the prefix references: table references before the first required element (approximation
 *    words, bounds, currency signs), where a match may begin a few words before its trigger.
 *
 *   (?:{approx:approxBefore} )?{number:number}{scale:scales}?   → number; prefix approxBefore
 *   (?:{bound:bounds} |(?<=(?:{contexts}) )){month:months}     → months; prefix bounds
 *   {bound:bounds}?(?<year>[12][0-9]{3})年                     → none; prefix bounds
 *
 * A rule whose first required element is a raw group must begin with digits: digits are always
 * triggers, other raw text is not. Raw literal text before the trigger (`от`, `第`) must be a table
 * too, or no match can begin there.
 */

interface Element {
  readonly name: string;
  readonly at: number;
  readonly optional: boolean;
  readonly lookaround: boolean;
  /** A raw named group (`(?<year>[12][0-9]{3})`) rather than a table reference. */
  readonly raw: boolean;
}

interface Group {
  readonly elements: Element[];
  readonly lookaround: boolean;
  alternation: boolean;
}

const REFERENCE_AT = /\{([A-Za-z][A-Za-z0-9]*)(?::([A-Za-z][A-Za-z0-9]*))?(\*?)\}/y;

function quantifiedOptional(pattern: string, at: number): boolean {
  const ch = pattern[at];
  return ch === '?' || ch === '*' || pattern.startsWith('{0,', at) || pattern.startsWith('{0}', at);
}

/** Top-level elements in order, each marked optional when any enclosing group makes it so. */
function elements(pattern: string): { list: Element[]; alternation: boolean } {
  const stack: Group[] = [{ elements: [], lookaround: false, alternation: false }];
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '\\') { i++; continue; }
    if (ch === '[') {
      for (i++; i < pattern.length && pattern[i] !== ']'; i++) if (pattern[i] === '\\') i++;
      continue;
    }
    const top = stack[stack.length - 1]!;
    if (ch === '(') {
      const head = pattern.slice(i, i + 4);
      const lookaround = /^\(\?(?:=|!|<=|<!)/.test(head);
      const group: Group = { elements: [], lookaround, alternation: false };
      if (/^\(\?<[A-Za-z]/.test(head)) group.elements.push({ name: '', at: i, optional: false, lookaround: false, raw: true });
      stack.push(group);
      continue;
    }
    if (ch === '|') { top.alternation = true; continue; }
    if (ch === ')' && stack.length > 1) {
      stack.pop();
      const optional = top.lookaround || top.alternation || quantifiedOptional(pattern, i + 1);
      const parent = stack[stack.length - 1]!;
      for (const e of top.elements) {
        parent.elements.push({ ...e, optional: e.optional || optional, lookaround: e.lookaround || top.lookaround });
      }
      continue;
    }
    if (ch === '{') {
      REFERENCE_AT.lastIndex = i;
      const m = REFERENCE_AT.exec(pattern);
      if (m) {
        if (m[3] !== '*') {
          const optional = quantifiedOptional(pattern, i + m[0].length);
          top.elements.push({ name: m[2] ?? m[1]!, at: i, optional, lookaround: top.lookaround, raw: false });
        }
        i += m[0].length - 1;
      }
    }
  }
  const root = stack[0]!;
  return { list: root.elements.sort((a, b) => a.at - b.at), alternation: root.alternation };
}

function firstRequired(pattern: string): Element | undefined {
  const { list, alternation } = elements(pattern);
  return alternation ? undefined : list.find((e) => !e.optional);
}

/** The name of the first required table reference (`number`, `months`), or undefined. */
export function requiredReference(pattern: string): string | undefined {
  const first = firstRequired(pattern);
  return first === undefined || first.raw ? undefined : first.name;
}

/** Table references that may begin a match before its first required element. */
export function prefixReferences(pattern: string): string[] {
  const first = firstRequired(pattern);
  const limit = first?.at ?? Infinity;
  return elements(pattern).list.filter((e) => !e.raw && !e.lookaround && e.at < limit).map((e) => e.name);
}
