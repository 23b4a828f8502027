/**
 * Compiles the one lexicon the stage matches: every name, short form and demonym of every
 * gazetteer entry in every language, and every pack's titles, pronouns and stop phrases. Surfaces
 * with Han characters go to the Aho–Corasick automaton, the rest to the word automaton. Runs once
 * per process, in the stage's create().
 */
import type { Gazetteer } from '../../gazetteer/gazetteer.js';
import type { EntityType } from '../../record/article-record.js';
import { NAME_LANGS, type NameLang, type NamesByLang } from '../../gazetteer/gazetteer-entry.js';
import type { PackSet } from '../../lang/pack-set.js';
import type { InflectingLanguage } from '../../lang/shared/inflection.js';
import { hanFoldTable } from './fold-han.js';
import { HanAutomaton } from './han-automaton.js';
import { selectHits, type Hit, type NameForm, type Payload } from './lexicon-entry.js';
import { WordAutomaton } from './word-automaton.js';
import type { WordTokens } from './word-tokens.js';

const HAN = /\p{Script=Han}/u;
const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on']);

const INFLECTION: Readonly<Partial<Record<NameLang, InflectingLanguage>>> = { ru: 'ru', kk: 'kk' };

/** The forms a title or pronoun takes at a sentence start or in a headline (`President`, `president`). */
export function caseVariants(surface: string): readonly string[] {
  if (HAN.test(surface)) return [surface];
  const upperFirst = surface.charAt(0).toUpperCase() + surface.slice(1);
  const lowerFirst = surface.charAt(0).toLowerCase() + surface.slice(1);
  const titleCase = surface.split(' ')
    .map((w, i) => (i > 0 && SMALL_WORDS.has(w.toLowerCase()) ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
  return [...new Set([surface, upperFirst, lowerFirst, titleCase])];
}

export class Lexicon {
  private readonly han: HanAutomaton;
  private readonly words = new WordAutomaton();

  constructor(gazetteer: Gazetteer, packs: PackSet) {
    this.han = new HanAutomaton(hanFoldTable());
    const ambiguous = new Set(packs.all('entities').flatMap(([, pack]) => pack.ambiguousNames));
    const addNames = (names: NamesByLang | undefined, form: NameForm, entity: string, type: EntityType) => {
      if (!names) return;
      for (const lang of NAME_LANGS) {
        for (const surface of names[lang] ?? []) {
          this.add(surface, INFLECTION[lang], { kind: 'name', entity, type, form, ambiguous: ambiguous.has(surface) });
        }
      }
    };
    for (const entry of gazetteer.entries) {
      addNames(entry.names, 'full', entry.id, entry.type);
      addNames(entry.short, 'short', entry.id, entry.type);
      addNames(entry.adjectives, 'adjective', entry.id, entry.type);
    }
    for (const [code, pack] of packs.all('entities')) {
      for (const title of pack.titles) {
        for (const word of title.words) {
          for (const surface of caseVariants(word)) {
            this.add(surface, pack.inflection, { kind: 'title', role: title.role, bare: title.bare === true, pack: code });
          }
        }
      }
      for (const pronoun of pack.pronouns) {
        for (const word of pronoun.words) {
          // Pronouns do not inflect further: each case form is listed.
          for (const surface of caseVariants(word)) this.add(surface, undefined, { kind: 'pronoun', pack: code, pronoun });
        }
      }
      for (const phrase of pack.stopPhrases) {
        for (const surface of caseVariants(phrase)) this.add(surface, pack.inflection, { kind: 'stop' });
      }
    }
    this.han.build();
  }

  private add(surface: string, inflection: InflectingLanguage | undefined, payload: Payload): void {
    const trimmed = surface.trim();
    if (trimmed === '') return;
    if (HAN.test(trimmed)) this.han.add(trimmed, payload);
    else this.words.add(trimmed, inflection, payload);
  }

  /** Every lexicon surface in the text, leftmost-longest and non-overlapping. */
  match(text: string, tokens: WordTokens): Hit[] {
    const candidates: Hit[] = [];
    this.han.scan(text, candidates);
    this.words.scan(text, candidates, tokens);
    return selectHits(candidates);
  }
}
