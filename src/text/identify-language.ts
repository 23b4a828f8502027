/**
 * Language identification over the packs' own descriptions: the dominant script picks the
 * candidates; a variant's marker characters (traditional Chinese), a language's own letters
 * (Kazakh ә қ ң…) and, last, franc restricted to the candidates separate languages sharing a script.
 * A text is read once (count-letters.ts); a document is judged on its paragraphs' readings combined.
 */
import { francAll } from 'franc';
import type { PackSet } from '../lang/pack-set.js';
import { createLetterCounter, sumLetterCounts, type LetterCounts, type Script } from './count-letters.js';
import type { TextPack } from './text-pack.js';

export const UNDETERMINED = 'und';

// One Han character carries about as much as a two-letter stretch of an alphabetic script.
const SCRIPT_WEIGHT: Readonly<Record<Script, number>> = { Han: 2, Cyrillic: 1, Latin: 1 };

/** Enough text to tell the languages apart; a longer text is judged on its start, keeping this linear and cheap. */
export const SAMPLE_LENGTH = 4000;

/** What identification needs to know of a text, taken in one pass. */
export interface LanguageReading {
  readonly counts: LetterCounts;
  /** The likeliest of candidates sharing a script that letters alone cannot separate. */
  readonly closest: (candidates: readonly TextPack[]) => TextPack | undefined;
}

export interface LanguageIdentifier {
  /** Reads `text.slice(start, end)`, or its first SAMPLE_LENGTH units. */
  read(text: string, start?: number, end?: number): LanguageReading;
  /** A document's reading from its paragraphs': the counts add up, and the closest candidate is the one most of their letters are in. */
  combine(parts: readonly LanguageReading[]): LanguageReading;
  /** BCP 47 tag of the text read, or `fallback` (else `und`) when no pack's script dominates. */
  decide(reading: LanguageReading, fallback?: string): string;
  identify(text: string, fallback?: string): string;
}

export function createLanguageIdentifier(packs: PackSet): LanguageIdentifier {
  const textPacks = packs.all('text').map(([, pack]) => pack);
  // Character sets counted per text: each pack's own letters, then each variant's markers and their base forms.
  const charSets: string[] = [];
  const setOf = (chars: string) => charSets.push(chars) - 1;
  const ownLetters = new Map(textPacks.map((p) => [p, { size: new Set(p.distinctiveLetters ?? '').size, set: setOf(p.distinctiveLetters ?? '') }]));
  const variantSets = new Map(textPacks.flatMap((p) => p.variant
    ? [[p, { markers: setOf(p.variant.markers), base: setOf(p.variant.baseMarkers) }] as const]
    : []));
  const count = createLetterCounter(charSets);

  function resolveVariant(pack: TextPack, counts: LetterCounts): string {
    const sets = variantSets.get(pack);
    if (!pack.variant || !sets) return pack.tag;
    return counts.sets[sets.markers]! > counts.sets[sets.base]! ? pack.variant.tag : pack.tag;
  }

  function dominantScript(counts: LetterCounts): Script | undefined {
    let best: Script | undefined;
    let bestScore = 0;
    for (const [script, n] of counts.scripts) {
      const score = n * SCRIPT_WEIGHT[script];
      if (score > bestScore) { best = script; bestScore = score; }
    }
    return best;
  }

  function decide({ counts, closest }: LanguageReading, fallback?: string): string {
    const best = dominantScript(counts);
    if (best === undefined) return fallback ?? UNDETERMINED;
    const candidates = textPacks.filter((p) => p.script === best);
    const letters = counts.scripts.get(best) ?? 0;
    if (candidates.length === 0) return fallback ?? UNDETERMINED;
    // A short run of letters says little: keep the caller's language when it shares the script.
    const fallbackPack = candidates.find((p) => p.tag === fallback?.split('-')[0]);
    if (letters < 20 && fallbackPack) return resolveVariant(fallbackPack, counts);
    if (candidates.length === 1) return resolveVariant(candidates[0]!, counts);
    for (const pack of candidates) {
      const own = ownLetters.get(pack);
      if (own && own.size > 0 && counts.sets[own.set]! >= Math.max(2, letters * 0.02)) return pack.tag;
    }
    const withoutOwnLetters = candidates.filter((p) => (ownLetters.get(p)?.size ?? 0) === 0);
    if (withoutOwnLetters.length === 1) return withoutOwnLetters[0]!.tag;
    const top = closest(candidates);
    return top ? resolveVariant(top, counts) : candidates[0]!.tag;
  }

  function read(text: string, start = 0, end = text.length): LanguageReading {
    const stop = Math.min(end, start + SAMPLE_LENGTH);
    return {
      counts: count(text, start, stop),
      closest(candidates) {
        const ranked = francAll(text.slice(start, stop), { only: candidates.map((p) => p.francCode), minLength: 1 });
        return candidates.find((p) => p.francCode === ranked[0]?.[0]);
      },
    };
  }

  function combine(parts: readonly LanguageReading[]): LanguageReading {
    return {
      counts: sumLetterCounts(parts.map((p) => p.counts), charSets.length),
      closest(candidates) {
        const letters = new Map<TextPack, number>();
        for (const part of parts) {
          const tag = decide(part);
          const pack = candidates.find((p) => p.tag === tag || p.variant?.tag === tag);
          if (pack) letters.set(pack, (letters.get(pack) ?? 0) + (part.counts.scripts.get(pack.script) ?? 0));
        }
        let top: TextPack | undefined;
        for (const [pack, n] of letters) if (top === undefined || n > letters.get(top)!) top = pack;
        return top;
      },
    };
  }

  return { read, combine, decide, identify: (text, fallback) => decide(read(text), fallback) };
}
