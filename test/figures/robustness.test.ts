/**
 * The times and figures stages on hostile input: they never throw, keep every span equal to its
 * slice of text, and their cost grows linearly (doubling the input may not quadruple the time).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Doc } from '../../src/extract/doc.js';
import { figuresStage } from '../../src/extract/figures/figures-stage.js';
import { timesStage } from '../../src/extract/times/times-stage.js';
import { loadPacks } from '../../src/lang/load-packs.js';
import { paragraphOffsets } from '../../src/text/normalize-text.js';
import { sentencesStage } from '../../src/text/sentences-stage.js';
import { extractIn } from './extract-in.js';

const HOSTILE: Readonly<Record<string, string>> = {
  digits: '1 '.repeat(4000),
  separators: '1,0,0,0.0.0 '.repeat(1500),
  approximations: 'more than about up to at least '.repeat(600),
  russianBounds: 'до до до вырастет до '.repeat(800),
  hanNumerals: '一二三四五六七八九十百千万亿'.repeat(600),
  quotes: '“«《'.repeat(3000),
  titles: '《上合组织未来10年》'.repeat(800),
  scales: '5万亿美元 '.repeat(1500),
  kazakhSuffixes: '150-ден астам 30%-ға дейін '.repeat(600),
  oneSentence: 'in 2024 trade exceeded $5 billion, '.repeat(800),
};

const LANGS = ['zh', 'ru', 'en', 'kk'] as const;

const stages = loadPacks().then((packs) => ({
  sentences: sentencesStage.create(packs), times: timesStage.create(packs), figures: figuresStage.create(packs),
}));

/** Milliseconds the times and figures stages take on `text` (median of three), nothing else timed. */
async function stageTime(lang: string, text: string): Promise<number> {
  const { sentences, times, figures } = await stages;
  const runs: number[] = [];
  for (let r = 0; r < 3; r++) {
    const doc = new Doc({ text, lang, date: '2025-09-01', source: 'hostile' });
    doc.set('paragraphs', paragraphOffsets(text).map((p) => ({ ...p, lang })));
    sentences(doc);
    // CPU time of this process: wall time on a shared two-core machine measures the neighbours.
    const t0 = process.cpuUsage();
    times(doc);
    figures(doc);
    const used = process.cpuUsage(t0);
    runs.push((used.user + used.system) / 1000);
  }
  return runs.sort((a, b) => a - b)[1]!;
}

describe('times and figures on hostile input', () => {
  it.each(Object.keys(HOSTILE))('%s: no throw, valid spans, linear cost', async (name) => {
    const text = HOSTILE[name]!;
    for (const lang of LANGS) {
      await extractIn(lang, text, '2025-09-01'); // the record is checked against the schema and its spans
      const single = await stageTime(lang, text);
      const double = await stageTime(lang, text + text);
      const quadruple = await stageTime(lang, text + text + text + text);
      // Quadratic work would take 16 times as long on four copies; allow noise, not that.
      expect(quadruple, `${lang}: ${single.toFixed(0)} → ${double.toFixed(0)} → ${quadruple.toFixed(0)} ms`).toBeLessThan(single * 8 + 100);
    }
  });

  it('never throws on random mixtures of the pieces rules look for', async () => {
    const piece = fc.constantFrom(
      '6500亿美元', '超过', '150多个', '《', '》', '“', '”', '«', '»', '10-15%', 'от 10 до', 'до', '1,5 трлн', 'долларов',
      'more than', '$', 'bn', '30%-ға', 'дейін', 'жылы', '去年', 'last year', '2027年', 'в 2027 году', '第', '百分之', '周一',
      ' ', '，', '. ', '\n\n', '-', '—', '0', '9', '１', 'G20', '+7',
    );
    await fc.assert(fc.asyncProperty(fc.array(piece, { maxLength: 80 }), fc.constantFrom(...LANGS), async (parts, lang) => {
      await extractIn(lang, parts.join(''), '2025-09-01');
    }), { numRuns: 300 });
  });
});
