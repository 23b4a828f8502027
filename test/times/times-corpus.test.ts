/**
 * Every pack's times corpus: each surface form, read alone against 2025-09-01, gives exactly one
 * time with the expected TIMEX3 value and type; each negative string gives none.
 */
import { describe, expect, it } from 'vitest';
import { extractIn } from '../figures/extract-in.js';
import { REFERENCE_DATE, type TimeCorpus } from './corpus/examples.js';
import { en } from './corpus/en.js';
import { kk } from './corpus/kk.js';
import { ru } from './corpus/ru.js';
import { zh } from './corpus/zh.js';

type PackCode = 'zh' | 'ru' | 'en' | 'kk';
const CORPORA: Record<PackCode, TimeCorpus> = { zh, ru, en, kk };

for (const [lang, corpus] of Object.entries(CORPORA) as Array<[PackCode, TimeCorpus]>) {
  describe(`times corpus: ${lang}`, () => {
    for (const { value, type, forms } of corpus.examples) {
      it.each(forms)(`%s → ${value} ${type}`, async (form) => {
        const record = await extractIn(lang, form, REFERENCE_DATE);
        expect(record.times.map((t) => [t.value, t.type]), JSON.stringify(record.times)).toEqual([[value, type]]);
        expect(form.includes(record.times[0]!.text)).toBe(true);
      });
    }

    it.each(corpus.negative)('no time in %s', async (text) => {
      const record = await extractIn(lang, text, REFERENCE_DATE);
      expect(record.times).toEqual([]);
    });
  });
}
