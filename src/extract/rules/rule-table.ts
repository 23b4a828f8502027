/**
 * Named tables of a language pack: surface form → value (`млрд` → 1e9, `美元` → `USD`), compiled
 * into one trie alternation each, with a lookup from the matched text back to the value.
 *
 * Key format: words separated by one space; a word written `stem~class~class` stands for the stem
 * and every form the shared inflection helper gives for those ending classes, applied in turn
 * (`доллар~noun` → доллар, доллара, долларов…; `жылдығ~possessive~case` → жылдығы, жылдығына…).
 * Every key also matches with a capital first letter and in the pack's variant spelling
 * (traditional `萬億` for `万亿`, `е` for `ё`).
 */
import { ENDINGS, wordForms, type InflectingLanguage } from '../../lang/shared/inflection.js';
import { literalPattern } from './literal-trie.js';

export type Table<V> = Readonly<Record<string, V>>;

export interface SpellingOptions {
  /** The language whose ending classes `~class` names; none means keys are plain words. */
  readonly inflect?: InflectingLanguage;
  /** Characters with a second spelling: every key is also added with all of them replaced. */
  readonly variants?: Readonly<Record<string, string>>;
}

export interface CompiledTable<V> {
  /** A pattern matching any surface form. */
  readonly source: string;
  /** Every surface form, for building the scan that finds where rules may match. */
  readonly literals: readonly string[];
  lookup(text: string): V | undefined;
  readonly size: number;
}

function inflectWord(word: string, lang: InflectingLanguage | undefined): string[] {
  const [stem, ...classes] = word.split('~');
  if (classes.length === 0 || stem === undefined) return [word];
  if (lang === undefined) throw new Error(`table word "${word}" inflects, but its pack names no inflecting language`);
  let forms = [stem];
  for (const name of classes) {
    if (!(name in ENDINGS[lang])) throw new Error(`unknown ${lang} ending class "${name}" in "${word}"`);
    const next = new Set(forms);
    for (const form of forms) for (const f of wordForms(lang, form, [name as never])) next.add(f);
    forms = [...next];
  }
  return forms;
}

/** Every surface form a table key stands for. */
export function surfaceForms(key: string, options: SpellingOptions = {}): string[] {
  let phrases = [''];
  for (const [i, word] of key.split(' ').entries()) {
    const forms = inflectWord(word, options.inflect);
    phrases = phrases.flatMap((p) => forms.map((f) => (i === 0 ? f : `${p} ${f}`)));
  }
  const out = new Set<string>();
  for (const phrase of phrases) {
    const spellings = [phrase];
    if (options.variants) {
      const other = [...phrase].map((ch) => options.variants?.[ch] ?? ch).join('');
      if (other !== phrase) spellings.push(other);
    }
    for (const s of spellings) {
      out.add(s);
      const capital = s.charAt(0).toUpperCase() + s.slice(1);
      out.add(capital);
    }
  }
  return [...out];
}

export function compileTable<V>(
  table: Table<V>, options: SpellingOptions = {}, { stems = false }: { stems?: boolean } = {},
): CompiledTable<V> {
  const values = new Map<string, V>();
  for (const [key, value] of Object.entries(table)) {
    for (const form of surfaceForms(key, options)) {
      // The first key wins, so a table can list a specific form before a general paradigm.
      if (!values.has(form)) values.set(form, value);
    }
  }
  return {
    source: literalPattern(values.keys(), { stems }),
    literals: [...values.keys()],
    lookup: (text) => values.get(text),
    size: values.size,
  };
}
