import { describe, expect, it } from 'vitest';
import type { StatementFingerprint } from '../../src/link/link-rows.js';
import { fileBuckets, queryBuckets } from '../../src/link/statement-buckets.js';
import { CONTENT_MIN, LINK_MIN, scorePair, veto } from '../../src/link/statement-score.js';
import { sketchOf, sketchSimilarity } from '../../src/link/text-sketch.js';

const KALLEN = 'person:arvid-kallen';
const base: StatementFingerprint = {
  kind: 'quote', lang: 'en', date: '2025-03-10', speaker: KALLEN, holder: null, stance: null, target: null, proposer: null,
  entities: ['country:valdoria', 'organization:ostrenian-union'], initiatives: ['initiative:ostrenian-water-compact'],
  figures: ['USD:12000000000'], times: ['2024'], ordinal: 0, count: 1,
  sketch: sketchOf('Valdoria supports the Ostrenian Water Compact and is ready to host its secretariat.'), bands: [11, 22, 33],
};
const fp = (over: Partial<StatementFingerprint>): StatementFingerprint => ({ ...base, ...over });

describe('statement pair scores', () => {
  it('vetoes other speakers, far dates, undated against dated, other kinds and stance types', () => {
    expect(veto(base, fp({ speaker: 'person:irena-ostrova' }))).toBe('speaker');
    expect(veto(base, fp({ date: '2025-03-13' }))).toBe('date');
    expect(veto(base, fp({ date: '2025-03-12' }))).toBeUndefined();
    expect(veto(base, fp({ date: null }))).toBe('date');
    expect(veto(base, fp({ kind: 'stance' }))).toBe('kind');
    expect(veto(fp({ kind: 'stance', stance: 'support' }), fp({ kind: 'stance', stance: 'praise' }))).toBe('stance type');
    expect(veto(fp({ holder: 'country:valdoria' }), fp({ holder: 'country:marenia' }))).toBe('holder');
    expect(veto(fp({ target: 'initiative:a' }), fp({ target: 'initiative:b' }))).toBe('target');
    expect(scorePair(base, fp({ speaker: 'person:irena-ostrova' }))).toBeUndefined();
  });

  it('links a translation on checkable content alone (no shared wording)', () => {
    const translated = fp({ lang: 'ru', sketch: sketchOf('Валдория поддерживает Остренский водный пакт.') });
    const s = scorePair(base, translated)!;
    expect(s.links).toBe(true);
    expect(s.evidence.map((e) => e.kind)).toEqual(['speaker', 'date', 'figure', 'initiative', 'entity', 'time', 'position']);
    expect(s.evidence.some((e) => e.kind === 'text')).toBe(false);
  });

  it('does not link on speaker and date alone, however many', () => {
    const empty = fp({ entities: [], initiatives: [], figures: [], times: [], sketch: [], ordinal: 3, count: 9 });
    const s = scorePair(empty, fp({ entities: [], initiatives: [], figures: [], times: [], sketch: [], ordinal: 5, count: 9 }))!;
    expect(s.score).toBeLessThan(LINK_MIN);
    expect(s.content).toBeLessThan(CONTENT_MIN);
    expect(s.links).toBe(false);
  });

  it('penalises figures and initiatives that differ', () => {
    const other = fp({
      figures: ['USD:590000000000'], initiatives: ['initiative:other'], times: ['2023'], ordinal: 4, count: 6,
      sketch: sketchOf('Valdoria will review the grain agreement with Marenia next spring.'),
    });
    const s = scorePair(base, other)!;
    expect(s.evidence.filter((e) => e.weight < 0).map((e) => e.kind)).toEqual(['figure', 'initiative', 'time']);
    expect(s.links).toBe(false);
  });

  it('asks more when a speaker is unknown', () => {
    const thin = { initiatives: [], figures: [], times: [], lang: 'ru', sketch: [] };
    expect(scorePair(fp({ initiatives: [], figures: [], times: [] }), fp(thin))!.links).toBe(true);
    expect(scorePair(fp({ initiatives: [], figures: [], times: [] }), fp({ ...thin, speaker: null }))!.links).toBe(false);
    expect(scorePair(base, fp({ speaker: null, lang: 'ru', sketch: [] }))!.links).toBe(true);
  });

  it('counts wording only within one language', () => {
    const same = scorePair(base, fp({ entities: [], initiatives: [], figures: [], times: [] }))!;
    expect(same.evidence.find((e) => e.kind === 'text')?.weight).toBe(6);
    expect(sketchSimilarity(sketchOf('a b c d'), sketchOf('a b c d'))).toBe(1);
    expect(sketchSimilarity(sketchOf('完全支持本组织的核心目标'), sketchOf('哈萨克斯坦完全支持本组织的核心目标'))).toBeGreaterThan(0.6);
    expect(sketchSimilarity(sketchOf('совершенно другой текст'), sketchOf('Valdoria supports the compact'))).toBe(0);
  });
});

describe('candidate buckets', () => {
  it('files a statement on its day and looks it up over the window', () => {
    const filed = fileBuckets(base);
    expect(filed).toContain(`w:quote:${KALLEN}:country:valdoria:2025-03-10`);
    expect(filed.some((b) => b.startsWith(`w:quote:${KALLEN}:2025`))).toBe(false);
    expect(filed).toContain('f:quote:USD:12000000000:2025-03-10');
    expect(filed).toContain('i:quote:initiative:ostrenian-water-compact:2025-03-10');
    expect(filed).toContain('t:quote:en:11:2025-03-10');
    const next = queryBuckets(fp({ date: '2025-03-12' }));
    expect(next).toContain(`w:quote:${KALLEN}:USD:12000000000:2025-03-10`);
    expect(queryBuckets(fp({ date: '2025-03-13' }))).not.toContain(`w:quote:${KALLEN}:USD:12000000000:2025-03-10`);
    expect(queryBuckets(fp({ date: '2025-03-12' }))).not.toContain('t:quote:en:11:2025-03-10');
    expect(fileBuckets(fp({ date: null }))[0]).toMatch(/:nodate$/);
    expect(queryBuckets(fp({ date: '2025-02-30' }))[0]).toMatch(/:nodate$/);
  });
});
