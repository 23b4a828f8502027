/**
 * The link views (src/link/link-views.ts) shaped for the API: statement clusters whose members
 * carry an article reference (title, date, language, url) and labels for the people they name;
 * an initiative's link timeline; the ledger groups with their `flagged` disagreement.
 */
import { figuresLedger, initiativeTimeline, listStatementClusters, type StatementClusterView, type StatementMemberView } from '../link/link-views.js';
import type { ArticleRecord } from '../record/article-record.js';
import type {
  ArticleRef, CorpusReader, FiguresQuery, LedgerGroup, LinkTimeline, StatementCluster, StatementMember, StatementsQuery, StatementsResult,
} from './corpus-reader.js';
import { articleRef } from './corpus-views.js';
import { entityLookup, summariesFor } from './entity-names.js';
import type { LinkSource } from './link-source.js';

const missingRef = (m: StatementMemberView): ArticleRef => ({ id: m.articleId, title: null, date: m.date, lang: m.lang, url: m.urls[0] ?? null });

function member(m: StatementMemberView, records: ReadonlyMap<string, ArticleRecord>): StatementMember {
  const record = records.get(m.articleId);
  return {
    key: m.key, article: record ? articleRef(record) : missingRef(m), urls: m.urls, start: m.start, end: m.end, text: m.text,
    speaker: m.speaker, holder: m.holder, label: m.label, score: m.score, evidence: m.evidence,
  };
}

function cluster(c: StatementClusterView, records: ReadonlyMap<string, ArticleRecord>): StatementCluster {
  const kinds = new Set(c.members.flatMap((m) => m.evidence.map((e) => e.kind)));
  return {
    id: c.id, kind: c.kind, size: c.size, speaker: c.speaker, dateFrom: c.dateFrom, dateTo: c.dateTo, langs: c.langs,
    evidenceKinds: [...kinds].sort(), canonical: member(c.canonical, records), members: c.members.map((m) => member(m, records)),
  };
}

/** `[undefined]` when no filter was given; `[]` when a name matched nobody (so nothing matches). */
async function idsFor(links: LinkSource, value: string | undefined): Promise<Array<string | undefined>> {
  return value === undefined ? [undefined] : links.resolve(value);
}

export async function statementClusters(links: LinkSource, corpus: CorpusReader, query: StatementsQuery): Promise<StatementsResult> {
  const { speaker: speakerName, entity: entityName, limit, ...rest } = query;
  const found: StatementClusterView[] = [];
  for (const speaker of await idsFor(links, speakerName)) {
    for (const entity of await idsFor(links, entityName)) {
      found.push(...await listStatementClusters(links.repo, { ...rest, limit, ...(speaker ? { speaker } : {}), ...(entity ? { entity } : {}) }));
    }
  }
  // Several ids for one name give several lists: merge them in the CLI's order (newest first).
  const unique = [...new Map(found.map((c) => [c.id, c])).values()]
    .sort((a, b) => (b.dateTo ?? '').localeCompare(a.dateTo ?? '') || a.id.localeCompare(b.id)).slice(0, limit);
  const records = await recordsById(corpus, unique.flatMap((c) => c.members.map((m) => m.articleId)));
  const clusters = unique.map((c) => cluster(c, records));
  const named = clusters.flatMap((c) => [c.speaker, ...c.members.flatMap((m) => [m.speaker, m.holder])]);
  return { clusters, entities: summariesFor(named, entityLookup(records.values())) };
}

/** The records of these articles that the corpus has, by id. */
async function recordsById(corpus: CorpusReader, ids: Iterable<string>): Promise<Map<string, ArticleRecord>> {
  const records = new Map<string, ArticleRecord>();
  for (const id of new Set(ids)) {
    const record = await corpus.getArticle(id);
    if (record) records.set(id, record);
  }
  return records;
}

export async function linkTimeline(links: LinkSource, initiative: string): Promise<LinkTimeline> {
  const { proposers, events, mentions } = await initiativeTimeline(links.repo, initiative);
  return { proposers, events, mentions };
}

export async function ledgerGroups(links: LinkSource, query: FiguresQuery): Promise<LedgerGroup[]> {
  const entries = await figuresLedger(links.repo, query.unit ? { unit: query.unit } : {});
  const speakers = query.speaker ? new Set(await links.resolve(query.speaker)) : null;
  return entries
    .filter((e) => !speakers || e.claims.some((c) => c.claimant !== null && speakers.has(c.claimant)))
    .map((e) => ({
      key: e.key, measure: e.measure, qualifiers: e.qualifiers, scope: e.scope, unit: e.unit, year: e.year, flagged: e.flagged,
      conflicts: e.conflicts,
      claims: e.claims.map((c) => ({ claimant: c.claimant, value: c.value, max: c.max, unit: c.unit, approx: c.approx, sources: c.sources })),
    }));
}

/**
 * Labels for everyone and everything the ledger names (claimants, scope entities), from the
 * records its claims come from: the figures page's own `entities` cover only its page of figures.
 */
export async function ledgerEntities(corpus: CorpusReader, groups: readonly LedgerGroup[]): Promise<StatementsResult['entities']> {
  const ids = groups.flatMap((g) => [...g.scope, ...g.claims.map((c) => c.claimant)]);
  // One report per claim is enough to name its claimant; scope entities come from the same records.
  const records = await recordsById(corpus, groups.flatMap((g) => g.claims.flatMap((c) => c.sources.slice(0, 1).map((s) => s.articleId))));
  return summariesFor(ids, entityLookup(records.values()));
}
