import { describe, expect, it } from 'vitest';
import { loadPacks } from '../../src/lang/load-packs.js';
import { Linker } from '../../src/link/linker.js';
import { initiativeTimeline } from '../../src/link/link-views.js';
import { MemoryLinkRepository } from '../../src/link/memory-link-repository.js';
import { annotatedRecord } from './support/annotate-record.js';
import { FICTION_FILES, FICTION_NOTES } from './support/fiction-notes.js';
import { seedRecords } from './support/seed-records.js';

async function linkedSeed() {
  const seed = await seedRecords();
  const repo = new MemoryLinkRepository();
  const linker = new Linker(repo, await loadPacks());
  for (const r of [seed.zh, seed.en, seed.ru]) await linker.add(r);
  return { repo, linker, seed };
}

describe('initiative timelines', () => {
  it('shows who backed the SCO Development Bank, once with three sources, and who proposed it', async () => {
    const { repo, seed } = await linkedSeed();
    const t = await initiativeTimeline(repo, 'initiative:sco-development-bank');
    expect(t.proposers).toEqual(['country:cn']);
    const targeted = t.events.filter((e) => e.role === 'target');
    expect(targeted).toHaveLength(1);
    expect(targeted[0]).toMatchObject({ date: '2025-09-01', type: 'support', holder: 'country:kz', speaker: 'person:kassym-jomart-tokayev' });
    expect(targeted[0]!.sources.map((s) => s.lang).sort()).toEqual(['en', 'ru', 'zh']);
    for (const s of targeted[0]!.sources) {
      const record = Object.values(seed).find((r) => r.id === s.articleId)!;
      expect(record.text.slice(s.start, s.end)).toBe(s.text);
      expect(s.urls).toEqual([record.url]);
    }
    expect(t.mentions).toEqual({ articles: 3, byMonth: [{ month: '2025-09', articles: 3 }] });
  });

  it('names the speaker who proposed an initiative as its proposer', async () => {
    const { repo } = await linkedSeed();
    const t = await initiativeTimeline(repo, 'initiative:sco-ai-expert-forum');
    expect(t.proposers).toEqual(['person:kassym-jomart-tokayev']);
    expect(t.events.map((e) => e.type)).toEqual(['propose']);
  });

  it('orders stances over time and keeps other days apart', async () => {
    const repo = new MemoryLinkRepository();
    const linker = new Linker(repo, await loadPacks());
    const later = await annotatedRecord(FICTION_FILES.kallenMarch20, FICTION_NOTES.kallenMarch20!);
    const earlier = await annotatedRecord(FICTION_FILES.kallenMarch10, FICTION_NOTES.kallenMarch10!);
    await linker.add(later);
    await linker.add(earlier);
    const t = await initiativeTimeline(repo, 'initiative:ostrenian-water-compact');
    expect(t.events.map((e) => e.date)).toEqual(['2025-03-10', '2025-03-20']);
    expect(t.events.every((e) => e.holder === 'country:valdoria' && e.sources.length === 1)).toBe(true);
    expect(t.mentions.byMonth).toEqual([{ month: '2025-03', articles: 2 }]);
  });

  it('is empty for an initiative nobody named', async () => {
    const { repo } = await linkedSeed();
    expect(await initiativeTimeline(repo, 'initiative:nothing')).toEqual({
      initiative: 'initiative:nothing', proposers: [], events: [], mentions: { articles: 0, byMonth: [] },
    });
  });
});
