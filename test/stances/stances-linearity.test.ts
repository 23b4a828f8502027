/**
 * Run-on inputs with a stance cue at every step: the stances and events stages must stay linear.
 * Measured in CPU time of this process (the machine is shared). Throughput is `npm run bench`'s job.
 */
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/extract/extractor.js';

function cpuMs(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

describe('stances and events cost', () => {
  it('stays linear on run-on text with a cue at every step', async () => {
    const ex = await createExtractor();
    const time = (body: string, lang: string) => cpuMs(() => {
      ex.extract({ source: 'runon', url: null, title: null, date: '2025-09-01', lang, body, credits: [] });
    });
    for (const [lang, unit] of [['zh', '我们支持建议峰会论坛'], ['en', 'we support the summit forum and '], ['ru', 'мы поддерживаем саммит форум и '], ['kk', 'біз форумын қолдаймыз және ']] as const) {
      const small = time(unit.repeat(1_500), lang);
      const large = time(unit.repeat(6_000), lang);
      // Four times the text may take at most about four times as long (with room for noise).
      expect(large, `${lang}: ${small.toFixed(0)} ms → ${large.toFixed(0)} ms`).toBeLessThan(small * 8 + 300);
    }
  }, 300_000);
});
