/**
 * The linking suites' articles — the seed in three languages, a syndicated copy and fictional
 * reports, in an order that makes clusters grow across languages — and a snapshot of everything
 * the views show, by which two repositories are compared.
 */
import { figuresLedger, initiativeTimeline, listStatementClusters } from '../../../src/link/link-views.js';
import type { LinkRepository } from '../../../src/link/link-repository.js';
import type { ArticleRecord } from '../../../src/record/article-record.js';
import { annotatedRecord } from './annotate-record.js';
import { FICTION_FILES, FICTION_NOTES } from './fiction-notes.js';
import { seedNotes } from './seed-notes.js';
import { seedRecords } from './seed-records.js';

export async function records(): Promise<ArticleRecord[]> {
  const seed = await seedRecords();
  const fiction = await Promise.all((['kallenMarch10', 'kallenMarch20', 'ostrova', 'institute'] as const)
    .map((n) => annotatedRecord(FICTION_FILES[n], FICTION_NOTES[n]!)));
  return [seed.zh, fiction[0]!, seed.en, fiction[2]!, await annotatedRecord(FICTION_FILES.copy, seedNotes('en')), seed.ru, fiction[1]!, fiction[3]!];
}

/** Everything the views show, in a form two repositories can be compared by. */
export async function snapshot(repo: LinkRepository) {
  const clusters = await listStatementClusters(repo, { limit: 10_000 });
  return {
    clusters: clusters.map((c) => ({
      id: c.id, kind: c.kind, size: c.size, canonical: c.canonical.key, langs: c.langs, speaker: c.speaker,
      members: c.members.map((m) => ({ key: m.key, urls: m.urls, score: m.score, evidence: m.evidence })),
    })),
    ledger: await figuresLedger(repo),
    bank: await initiativeTimeline(repo, 'initiative:sco-development-bank'),
    compact: await initiativeTimeline(repo, 'initiative:ostrenian-water-compact'),
    page: (await listStatementClusters(repo, { kind: 'quote', limit: 3, offset: 2 })).map((c) => c.id),
    speaker: (await listStatementClusters(repo, { speaker: 'person:arvid-kallen', limit: 100 })).map((c) => c.id),
    dated: (await listStatementClusters(repo, { from: '2025-09-02', limit: 100 })).map((c) => c.id),
    scoped: (await figuresLedger(repo, { scope: 'organization:sco' })).map((e) => e.key),
  };
}
