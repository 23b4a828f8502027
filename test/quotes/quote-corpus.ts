/**
 * Duckling-style corpora for the quotes stage: `examples(expected, [surface forms…])` says every
 * surface form yields exactly those quotes; `none([…])` is the negative corpus. Mentions are built
 * by hand from a cast (surface → entity id), so attribution is tested without the entities stage.
 * Every person and country in the casts is fictional.
 */
import { describe, expect, it } from 'vitest';
import { Doc } from '../../src/extract/doc.js';
import { quotesStage } from '../../src/extract/quotes/quotes-stage.js';
import { loadPacks } from '../../src/lang/load-packs.js';
import type { EntityRecord, EntityType, MentionRecord, MentionVia, QuoteRecord } from '../../src/record/article-record.js';
import { normalizeText } from '../../src/text/normalize-text.js';
import { paragraphsStage } from '../../src/text/paragraphs-stage.js';
import { sentencesStage } from '../../src/text/sentences-stage.js';

export const KALLEN = 'person:arvid-kallen';
export const OSTROVA = 'person:irena-ostrova';
export const VALDORIA = 'country:xv';
export const MARENIA = 'country:xm';
export const UNION = 'organization:ostrenian-union';
export const REFERENCE_DATE = '2025-09-01';

/** Surface → entity id, or [entity id, via] for a pronoun the entities stage resolved. */
export type Cast = Readonly<Record<string, string | readonly [string, MentionVia]>>;

export interface ExpectedQuote {
  readonly text: string;
  readonly kind: 'direct' | 'reported';
  readonly speaker: string | null;
  readonly cue: string | undefined;
}

export const direct = (text: string, speaker: string | null, cue?: string): ExpectedQuote => ({ text, kind: 'direct', speaker, cue });
export const reported = (text: string, speaker: string | null, cue?: string): ExpectedQuote => ({ text, kind: 'reported', speaker, cue });

export interface CorpusEntry {
  readonly expected: readonly ExpectedQuote[];
  readonly texts: readonly string[];
  readonly cast?: Cast;
}

export const examples = (expected: readonly ExpectedQuote[], texts: readonly string[], cast?: Cast): CorpusEntry =>
  ({ expected, texts, ...(cast ? { cast } : {}) });
export const none = (texts: readonly string[], cast?: Cast): CorpusEntry => examples([], texts, cast);

/** Every occurrence of every cast surface, longest surfaces first, never overlapping. */
function castMentions(text: string, cast: Cast): MentionRecord[] {
  const taken: boolean[] = new Array<boolean>(text.length).fill(false);
  const out: MentionRecord[] = [];
  const surfaces = Object.keys(cast).sort((a, b) => b.length - a.length);
  for (const surface of surfaces) {
    const value = cast[surface]!;
    const [entity, via] = typeof value === 'string' ? [value, 'alias' as const] : value;
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + surface.length)) {
      if (taken.slice(at, at + surface.length).some(Boolean)) continue;
      for (let i = at; i < at + surface.length; i++) taken[i] = true;
      out.push({ start: at, end: at + surface.length, text: surface, entity, via });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function castEntities(mentions: readonly MentionRecord[]): EntityRecord[] {
  const ids = [...new Set(mentions.map((m) => m.entity))];
  return ids.map((id) => ({ id, type: id.split(':')[0] as EntityType, names: {} }));
}

let runner: Promise<(doc: Doc) => void> | undefined;

/** The text layer and the quotes stage over a hand-built mentions layer. */
export async function quotesOf(body: string, lang: string, cast: Cast = {}): Promise<{ text: string; quotes: QuoteRecord[] }> {
  runner ??= loadPacks().then((packs) => {
    const runs = [paragraphsStage, sentencesStage, quotesStage].map((s) => s.create(packs));
    return (doc: Doc) => { for (const run of runs) run(doc); };
  });
  const text = normalizeText(body);
  const doc = new Doc({ text, lang, date: REFERENCE_DATE, source: 'corpus' });
  const mentions = castMentions(text, cast);
  doc.set('mentions', mentions);
  doc.set('entities', castEntities(mentions));
  // The stage reads paragraphs and sentences; run the text stages first, then quotes.
  (await runner)(doc);
  return { text, quotes: doc.get('quotes') };
}

const shown = (q: QuoteRecord): ExpectedQuote => ({ text: q.text, kind: q.kind, speaker: q.speaker, cue: q.cue?.text });

export function runCorpus(lang: string, defaultCast: Cast, corpus: readonly CorpusEntry[]): void {
  describe(`${lang} quote corpus`, () => {
    for (const entry of corpus) {
      for (const body of entry.texts) {
        const label = entry.expected.length === 0 ? 'no quote in' : `${entry.expected.length} quote(s) in`;
        it(`${label} ${JSON.stringify(body.slice(0, 60))}`, async () => {
          const { text, quotes } = await quotesOf(body, lang, { ...defaultCast, ...entry.cast });
          expect(quotes.map(shown)).toEqual(entry.expected);
          for (const q of quotes) {
            expect(text.slice(q.start, q.end)).toBe(q.text);
            if (q.cue) expect(text.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
          }
        });
      }
    }
  });
}
