/**
 * A stances pack compiled once per process: phrase matchers for every list, initiative patterns
 * as regular expressions (with `{class}` endings filled in from the shared inflection helper).
 */
import { endingPattern, type EndingClass, type InflectingLanguage } from '../../lang/shared/inflection.js';
import type { StanceType } from '../../record/article-record.js';
import { PhraseMatcher } from './phrase-matcher.js';
import type { ProposerMarker, StanceCue, StancesPack } from './stances-pack.js';

export interface CompiledCue {
  readonly type: StanceType;
  readonly cue: StanceCue;
  /** The part that must follow in the same clause, for `first…second` cues. */
  readonly second?: PhraseMatcher<true>;
  readonly notAfter?: PhraseMatcher<true>;
  /** Which word of the cue carries the verb ending (for person endings). */
  readonly verbWord: number;
}

export interface CompiledInitiativePattern {
  readonly name: string;
  readonly regex: RegExp;
  readonly create: boolean;
  readonly requires: string;
}

export interface CompiledStances {
  readonly lang: string;
  readonly pack: StancesPack;
  readonly cues: PhraseMatcher<CompiledCue>;
  readonly plural: PhraseMatcher<true>;
  readonly singular: PhraseMatcher<true>;
  readonly skippable: PhraseMatcher<true>;
  readonly negators: PhraseMatcher<true>;
  readonly notBefore: PhraseMatcher<true>;
  readonly notAfter: PhraseMatcher<true>;
  readonly trimStart: PhraseMatcher<true>;
  readonly listWords: ReadonlySet<string>;
  readonly stops: readonly string[];
  readonly initiativePatterns: readonly CompiledInitiativePattern[];
  readonly proposers: PhraseMatcher<ProposerMarker>;
}

const GAP = '…';

function set(list: readonly string[], pack: StancesPack, lang: string): PhraseMatcher<true> {
  return new PhraseMatcher(list.map((p) => [p, true] as const), pack.segmentation, lang);
}

/** `{class,class}` in a pattern becomes that optional ending alternation. */
function fillEndings(pattern: string, lang: string): string {
  return pattern.replace(/\{([a-z][A-Za-z]*(?:,[a-z][A-Za-z]*)*)\}/gu, (_, classes: string) => {
    if (lang !== 'ru' && lang !== 'kk') throw new Error(`initiative pattern endings need ru or kk, not ${lang}`);
    return endingPattern(lang as InflectingLanguage, classes.split(',') as EndingClass<InflectingLanguage>[] as never);
  });
}

export function compileStancesPack(pack: StancesPack, lang: string): CompiledStances {
  const cues = pack.cues.map((cue): readonly [string, CompiledCue] => {
    const [first, second] = cue.cue.split(GAP) as [string, string | undefined];
    const words = first.trim().split(' ');
    const verbWord = Math.max(0, words.findIndex((w) => w.includes('{')));
    const compiled: CompiledCue = {
      type: cue.type,
      cue,
      verbWord,
      ...(second ? { second: set([second.trim()], pack, lang) } : {}),
      ...(cue.notAfter ? { notAfter: set(cue.notAfter, pack, lang) } : {}),
    };
    return [first.trim(), compiled];
  });
  return {
    lang,
    pack,
    cues: new PhraseMatcher(cues, pack.segmentation, lang),
    plural: set(pack.firstPersonPlural, pack, lang),
    singular: set(pack.firstPersonSingular, pack, lang),
    skippable: set(pack.skippable, pack, lang),
    negators: set(pack.negators, pack, lang),
    notBefore: set(pack.notBefore, pack, lang),
    notAfter: set(pack.notAfter, pack, lang),
    trimStart: set(pack.targetTrimStart, pack, lang),
    listWords: new Set((pack.listContinuers?.words ?? []).map((w) => w.toLowerCase())),
    stops: pack.targetStops.map((s) => s.toLowerCase()),
    initiativePatterns: pack.initiativePatterns.map((p) => ({
      name: p.name,
      regex: new RegExp(fillEndings(p.pattern, lang), 'gud'),
      create: p.create ?? false,
      requires: p.requires.toLowerCase(),
    })),
    proposers: new PhraseMatcher(pack.proposerMarkers.map((m) => [m.marker, m] as const), pack.segmentation, lang),
  };
}
