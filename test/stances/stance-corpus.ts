/**
 * Duckling-style stance corpora: `examples(expected, [surface forms…])`, each form a short
 * fictional text (Valdoria, Marenia, the Ostrenian Union) run through the stances stage over
 * hand-built layers with a fixed reference date. `expected` null means a negative example: the
 * text must yield no stance at all.
 */
import { expect, it } from 'vitest';
import type { EntityRecord, StanceRecord, StanceType } from '../../src/record/article-record.js';
import { stancesStage } from '../../src/extract/stances/stances-stage.js';
import { handDoc, KALLEN, runStage } from './hand-doc.js';

export const OSTROVA: EntityRecord = {
  id: 'person:irena-ostrova', type: 'person', names: { en: 'Irena Ostrova' },
  roles: [{ role: 'foreign-minister', of: 'country:marenia', from: '2024-05-01', to: null }],
};

export { KALLEN };

export interface StanceExpectation {
  readonly type: StanceType;
  /** Entity id, or null for "no holder"; left out, not checked. */
  readonly holder?: string | null;
  readonly speaker?: string;
  /** The exact target text. */
  readonly target?: string;
  readonly initiative?: string;
  readonly proposer?: string;
}

export interface CorpusCase {
  readonly text: string;
  readonly expected: StanceExpectation | null;
  /** Quoted content and its speaker, when the example is speech. */
  readonly quote?: { readonly text: string; readonly speaker: string };
}

export function examples(expected: StanceExpectation | null, texts: readonly string[]): CorpusCase[] {
  return texts.map((text) => ({ text, expected }));
}

export function quoted(expected: StanceExpectation, text: string, quote: string, speaker: string): CorpusCase {
  return { text, expected, quote: { text: quote, speaker } };
}

function matches(stance: StanceRecord, want: StanceExpectation): boolean {
  return stance.type === want.type
    && (want.holder === undefined || stance.holder === want.holder)
    && (want.speaker === undefined || stance.speaker === want.speaker)
    && (want.target === undefined || stance.target.text === want.target)
    && (want.initiative === undefined || stance.target.initiative === want.initiative)
    && (want.proposer === undefined || stance.target.proposer === want.proposer);
}

export async function stancesOf(text: string, lang: string, mentions: Readonly<Record<string, string>>,
  quote?: CorpusCase['quote']): Promise<{ stances: StanceRecord[]; entities: EntityRecord[]; text: string }> {
  const doc = await handDoc({
    text, lang, mentions, entities: [KALLEN, OSTROVA], ...(quote ? { quotes: [quote] } : {}),
  });
  await runStage(stancesStage, doc);
  for (const s of doc.get('stances')) {
    expect(doc.text.slice(s.start, s.end)).toBe(s.text);
    expect(doc.text.slice(s.target.start, s.target.end)).toBe(s.target.text);
  }
  return { stances: doc.get('stances'), entities: doc.get('entities'), text: doc.text };
}

/** One `it` per example. */
export function runCorpus(lang: string, mentions: Readonly<Record<string, string>>, corpus: readonly CorpusCase[]): void {
  for (const example of corpus) {
    const label = example.expected ? `${example.expected.type}: ${example.text}` : `no stance: ${example.text}`;
    it(label, async () => {
      const { stances } = await stancesOf(example.text, lang, mentions, example.quote);
      if (example.expected === null) {
        expect(stances, JSON.stringify(stances)).toEqual([]);
      } else {
        const want = example.expected;
        expect(stances.some((s) => matches(s, want)), `${JSON.stringify(want)} in ${JSON.stringify(stances, null, 1)}`).toBe(true);
      }
    });
  }
}
