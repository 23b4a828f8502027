/**
 * Language identification over the packs' own descriptions: the dominant script picks the
 * candidates; a variant's marker characters (traditional Chinese), a language's own letters
 * (Kazakh ә қ ң…) and, last, franc restricted to the candidates separate languages sharing a script.
 */
import { francAll } from 'franc';
import type { PackSet } from '../lang/pack-set.js';
import type { TextPack } from './text-pack.js';

export const UNDETERMINED = 'und';

type Script = TextPack['script'];

// One Han character carries about as much as a two-letter stretch of an alphabetic script.
const SCRIPT_WEIGHT: Readonly<Record<Script, number>> = { Han: 2, Cyrillic: 1, Latin: 1 };

/** Enough text to tell the languages apart; a longer text is judged on its start, keeping this linear and cheap. */
export const SAMPLE_LENGTH = 4000;

/** The script of one UTF-16 code unit, by code ranges (a regex per character is ten times slower). */
function scriptOf(code: number): Script | undefined {
  if (code < 0x41) return undefined;
  if (code <= 0x7a) return (code <= 0x5a || code >= 0x61) ? 'Latin' : undefined;
  if (code >= 0xc0 && code <= 0x24f) return code === 0xd7 || code === 0xf7 ? undefined : 'Latin';
  if (code >= 0x400 && code <= 0x52f) return 'Cyrillic';
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff)) return 'Han';
  // High surrogates of the supplementary ideograph planes (U+20000–U+3FFFF).
  if (code >= 0xd840 && code <= 0xd8bf) return 'Han';
  return undefined;
}

/** Letters counted per script, in one pass. */
function countScripts(text: string): Map<Script, number> {
  const counts = new Map<Script, number>();
  for (let i = 0; i < text.length; i++) {
    const script = scriptOf(text.charCodeAt(i));
    if (script !== undefined) counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  return counts;
}

function countChars(text: string, set: ReadonlySet<string>): number {
  let n = 0;
  // Every marker and distinctive letter is in the Basic Multilingual Plane, so code units suffice.
  for (let i = 0; i < text.length; i++) if (set.has(text[i]!)) n++;
  return n;
}

export interface LanguageIdentifier {
  /** BCP 47 tag of the text's language, or `und` when no pack's script dominates. */
  identify(text: string, fallback?: string): string;
}

export function createLanguageIdentifier(packs: PackSet): LanguageIdentifier {
  const textPacks = packs.all('text').map(([, pack]) => pack);
  const distinctive = new Map(textPacks.map((p) => [p.tag, new Set(p.distinctiveLetters ?? '')]));
  const variantMarkers = new Map(textPacks.flatMap((p) => p.variant
    ? [[p.tag, { markers: new Set(p.variant.markers), base: new Set(p.variant.baseMarkers) }] as const]
    : []));

  function resolveVariant(pack: TextPack, text: string): string {
    const sets = variantMarkers.get(pack.tag);
    if (!pack.variant || !sets) return pack.tag;
    return countChars(text, sets.markers) > countChars(text, sets.base) ? pack.variant.tag : pack.tag;
  }

  return {
    identify(whole, fallback) {
      const text = whole.length > SAMPLE_LENGTH ? whole.slice(0, SAMPLE_LENGTH) : whole;
      const counts = countScripts(text);
      let best: Script | undefined;
      let bestScore = 0;
      for (const [script, n] of counts) {
        const score = n * SCRIPT_WEIGHT[script];
        if (score > bestScore) { best = script; bestScore = score; }
      }
      if (best === undefined) return fallback ?? UNDETERMINED;
      const candidates = textPacks.filter((p) => p.script === best);
      const letters = counts.get(best) ?? 0;
      if (candidates.length === 0) return fallback ?? UNDETERMINED;
      // A short run of letters says little: keep the caller's language when it shares the script.
      const fallbackPack = candidates.find((p) => p.tag === fallback?.split('-')[0]);
      if (letters < 20 && fallbackPack) return resolveVariant(fallbackPack, text);
      if (candidates.length === 1) return resolveVariant(candidates[0]!, text);
      for (const pack of candidates) {
        const own = distinctive.get(pack.tag);
        if (own && own.size > 0 && countChars(text, own) >= Math.max(2, letters * 0.02)) return pack.tag;
      }
      const withoutOwnLetters = candidates.filter((p) => (distinctive.get(p.tag)?.size ?? 0) === 0);
      if (withoutOwnLetters.length === 1) return withoutOwnLetters[0]!.tag;
      const ranked = francAll(text, { only: candidates.map((p) => p.francCode), minLength: 1 });
      const top = candidates.find((p) => p.francCode === ranked[0]?.[0]);
      return top ? resolveVariant(top, text) : candidates[0]!.tag;
    },
  };
}
