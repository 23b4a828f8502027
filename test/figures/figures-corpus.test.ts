/**
 * Every pack's figures corpus: each surface form, read alone with the reference date, gives one
 * figure with the expected value, unit, approximation (and range, kind, span, subject when the
 * example pins them); each negative string gives none.
 */
import { describe, expect, it } from 'vitest';
import { extractIn } from './extract-in.js';
import { REFERENCE_DATE, type ExpectedFigure, type FigureCorpus, type PackCode } from './corpus/examples.js';
import { en } from './corpus/en.js';
import { kk } from './corpus/kk.js';
import { ru } from './corpus/ru.js';
import { zh } from './corpus/zh.js';

const CORPORA: Record<PackCode, FigureCorpus> = { zh, ru, en, kk };

function describeExpected(e: ExpectedFigure): string {
  return `${e.value}${e.max !== undefined ? `–${e.max}` : ''} ${e.unit} ${e.approx ?? 'exact'}`;
}

for (const [lang, corpus] of Object.entries(CORPORA) as Array<[PackCode, FigureCorpus]>) {
  describe(`figures corpus: ${lang}`, () => {
    for (const { expected, forms } of corpus.examples) {
      it.each(forms)(`%s → ${describeExpected(expected)}`, async (form) => {
        const record = await extractIn(lang, form, REFERENCE_DATE);
        expect(record.figures, JSON.stringify(record.figures)).toHaveLength(1);
        const figure = record.figures[0]!;
        expect(figure.value).toBe(expected.value);
        expect(figure.unit).toBe(expected.unit);
        expect(figure.approx).toBe(expected.approx ?? 'exact');
        expect(figure.max).toBe(expected.max);
        if (expected.kind) expect(figure.kind).toBe(expected.kind);
        if (expected.text) expect(figure.text).toBe(expected.text);
        else expect(form.includes(figure.text)).toBe(true);
        if (expected.subject) expect(figure.subject?.text).toBe(expected.subject);
        if (expected.time) expect(figure.time).toBe(expected.time);
      });
    }

    it.each(corpus.negative)('no figure in %s', async (text) => {
      const record = await extractIn(lang, text, REFERENCE_DATE);
      expect(record.figures).toEqual([]);
    });
  });
}
