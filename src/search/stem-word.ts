/**
 * Reduces one lower-cased word to its index form. The query has no language of its own, so the
 * stemmer is chosen by the word's letters, the same way for documents and queries:
 * Kazakh-only Cyrillic letters → Kazakh light suffix stripping; other Cyrillic → Russian Snowball;
 * Latin → English Snowball (Porter 2); anything else is kept as written.
 */
import snowball from 'snowball-stemmers';
import { stripEndings } from '../lang/shared/inflection.js';

interface Stemmer { stem(word: string): string }

const russian: Stemmer = snowball.newStemmer('russian');
const english: Stemmer = snowball.newStemmer('english');

const KAZAKH_LETTERS = /[әғқңөұүһі]/;
const CYRILLIC = /[\u0400-\u052f]/;
const LATIN = /^[a-z\u00c0-\u024f]+$/;
const MIN_STEM = 3;

/**
 * Snowball Russian is not idempotent (`Казахстан` → `казахста`, `Казахстану` → `казахстан`;
 * `Токаев` → `тока`, `Токаева` → `токаев`): stemming to a fixed point puts all case forms of a
 * name on one stem, which is what a search for `Токаева` needs to find `Токаев`.
 */
function stemRussian(word: string): string {
  let stem = word.replace(/ё/g, 'е');
  for (let pass = 0; pass < 4; pass++) {
    const next = russian.stem(stem);
    if (next === stem || next.length < MIN_STEM) break;
    stem = next;
  }
  return stem;
}

/** Also to a fixed point, for the same reason: `Қазақстан` must not part from `Қазақстанның`. */
function stemKazakh(word: string): string {
  let stem = word;
  for (let pass = 0; pass < 4; pass++) {
    const next = stripEndings(stem, 'kk', ['case', 'possessive', 'plural'], MIN_STEM);
    if (next === stem) break;
    stem = next;
  }
  return stem;
}

// Words repeat heavily in news; remembering stems keeps analysis far above 20 MB/s.
const cache = new Map<string, string>();
const CACHE_LIMIT = 200_000;

export function stemWord(lowerWord: string): string {
  let stem = cache.get(lowerWord);
  if (stem !== undefined) return stem;
  if (lowerWord.length < MIN_STEM || /\d/.test(lowerWord)) stem = lowerWord;
  else if (CYRILLIC.test(lowerWord)) stem = KAZAKH_LETTERS.test(lowerWord) ? stemKazakh(lowerWord) : stemRussian(lowerWord);
  else if (LATIN.test(lowerWord)) stem = english.stem(lowerWord);
  else stem = lowerWord;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(lowerWord, stem);
  return stem;
}
