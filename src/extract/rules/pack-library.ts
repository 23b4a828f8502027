/**
 * The pieces a pack's rule templates may name: its tables (compiled once, on first use) and the
 * built-ins `number` and `rangeEnd`, whose value is `{ value, inWords }` read by the shared
 * numeral parser.
 */
import type { NumeralsData } from '../../lang/shared/numbers-data.js';
import { numeralReader } from '../../lang/shared/numbers-parse.js';
import { numberPattern, numeralStartPattern } from '../../lang/shared/numbers-pattern.js';
import type { Library, LibraryEntry } from './rule-compiler.js';
import { compileTable, type SpellingOptions, type Table } from './rule-table.js';

export interface PackLibraryData {
  readonly numerals: NumeralsData;
  readonly tables: Readonly<Record<string, Table<unknown>>>;
  readonly spelling?: SpellingOptions;
}

const NUMBER = 'number';
/** The second numeral of a range (`15` in `10-15%`), which follows a digit and a dash. */
const RANGE_END = 'rangeEnd';

export function packLibrary(data: PackLibraryData): Library {
  const cache = new Map<string, LibraryEntry>();
  const spelling = data.spelling ?? {};
  const words = compileTable(data.numerals.words ?? {}, spelling);
  const reader = numeralReader(data.numerals, (text) => words.lookup(text));
  cache.set(NUMBER, {
    source: numberPattern(data.numerals, words.size > 0 ? words.source : undefined),
    lookup: (text) => reader.read(text),
    trigger: numeralStartPattern(data.numerals),
    literals: words.literals,
  });
  cache.set(RANGE_END, {
    source: numberPattern(data.numerals, words.size > 0 ? words.source : undefined, { unguarded: true }),
    lookup: (text) => reader.read(text),
  });
  return (name) => {
    let entry = cache.get(name);
    if (entry !== undefined) return entry;
    const stems = name.endsWith('*');
    const tableName = stems ? name.slice(0, -1) : name;
    const table = Object.hasOwn(data.tables, tableName) ? data.tables[tableName] : undefined;
    if (table === undefined) throw new Error(`no table "${tableName}"`);
    entry = compileTable(table, spelling, { stems });
    cache.set(name, entry);
    return entry;
  };
}
