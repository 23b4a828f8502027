/**
 * Runs every language's entities corpus (test/entities/corpus/<lang>.corpus.ts). The table is
 * typed by pack code, so a language without a corpus does not compile.
 */
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/gazetteer/load-gazetteer.js';
import type { ArticleRecord } from '../../src/record/article-record.js';
import type { Corpus, Expected } from './corpus/corpus-types.js';
import { en } from './corpus/en.corpus.js';
import { kk } from './corpus/kk.corpus.js';
import { ru } from './corpus/ru.corpus.js';
import { zh } from './corpus/zh.corpus.js';
import { entitiesOf } from './entities-support.js';

type PackCode = 'zh' | 'ru' | 'en' | 'kk';
const CORPORA: Record<PackCode, Corpus> = { zh, ru, en, kk };

const gazetteer = loadGazetteer();

/** Maps `new:<label>` expectations to the ids the record gave, checking they are new people, one per label. */
function labeller(record: ArticleRecord) {
  const byLabel = new Map<string, string>();
  return (expected: Expected, actual: string): string => {
    if (!expected.startsWith('new:')) return actual;
    expect(actual, `${expected} is a person`).toMatch(/^person:[^\s]+$/);
    expect(gazetteer.get(actual), `${actual} is not in the gazetteer`).toBeUndefined();
    expect(record.entities.some((e) => e.id === actual)).toBe(true);
    const known = byLabel.get(expected);
    if (known) return known === actual ? expected : `${expected} (was ${known})`;
    expect([...byLabel.values()], `${expected} is not another label's person`).not.toContain(actual);
    byLabel.set(expected, actual);
    return expected;
  };
}

for (const [lang, corpus] of Object.entries(CORPORA) as Array<[PackCode, Corpus]>) {
  describe(`entities corpus: ${lang}`, () => {
    for (const entry of corpus) {
      for (const text of entry.texts) {
        const date = 'date' in entry ? entry.date : undefined;
        it(`${entry.kind}: ${text}${date ? ` @${date}` : ''}`, async () => {
          const record = await entitiesOf(text, { lang, ...(date ? { date } : {}) });
          const label = labeller(record);
          if (entry.kind === 'entities') {
            const ids = [...new Set(record.mentions.map((m) => m.entity))];
            expect(ids.map((id, i) => label(entry.entities[i] ?? id, id))).toEqual(entry.entities);
          } else if (entry.kind === 'mentions') {
            const got = record.mentions.map((m, i) => {
              const want = entry.mentions[i];
              const via = want?.[2] === undefined ? [] : [m.via];
              return [m.text, want ? label(want[1], m.entity) : m.entity, ...via];
            });
            expect(got).toEqual(entry.mentions.map((m) => [...m]));
            for (const m of record.mentions.filter((x) => x.via === 'pattern')) {
              const names = Object.values(record.entities.find((e) => e.id === m.entity)?.names ?? {});
              expect(names, `the new person is named as the text names them`).toContain(m.text);
            }
          } else {
            const bad = record.mentions.filter((m) => entry.never.some((n) => (n.endsWith(':') ? m.entity.startsWith(n) : m.entity === n)));
            expect(bad.map((m) => `${m.text}→${m.entity}`)).toEqual([]);
          }
        });
      }
    }
  });
}
