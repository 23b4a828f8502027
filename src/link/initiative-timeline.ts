/**
 * Initiative timelines: for one initiative, every stance taken on it over time — who proposed it,
 * who backed, praised, called for or opposed it — each stance once (its statement cluster) with
 * all the reports of it, and how often articles named it, month by month.
 */
import type { ArticleRecord, StanceType } from '../record/article-record.js';
import type { InitiativeMentionRow, LinkedArticleRow, StatementRow } from './link-rows.js';
import type { RecordSpans } from './record-spans.js';
import { statementDate } from './statement-fingerprint.js';

export interface TimelineSource {
  readonly articleId: string;
  readonly urls: readonly string[];
  readonly lang: string;
  readonly date: string | null;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface TimelineEvent {
  readonly date: string | null;
  readonly type: StanceType;
  readonly holder: string | null;
  readonly speaker: string | null;
  /** `target`: the stance is on the initiative; `context`: the initiative is named inside a stance on something else. */
  readonly role: 'target' | 'context';
  readonly clusterId: string;
  readonly sources: readonly TimelineSource[];
}

export interface InitiativeTimeline {
  readonly initiative: string;
  /** Who proposed it: the stances' own word first (`propose` by X, "proposed by China"), else the gazetteer's. */
  readonly proposers: readonly string[];
  readonly events: readonly TimelineEvent[];
  readonly mentions: { readonly articles: number; readonly byMonth: ReadonlyArray<{ readonly month: string; readonly articles: number }> };
}

/** How often the article names each initiative, for the timeline's mention counts. */
export function initiativeMentionsOf(record: ArticleRecord, spans: RecordSpans): InitiativeMentionRow[] {
  const counts = new Map<string, number>();
  for (const m of spans.mentions) {
    if (spans.typeOf(m.entity) === 'initiative') counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  }
  const proposers = new Map(record.entities.map((e) => [e.id, e.proposer ?? null]));
  const date = statementDate(record);
  return [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([initiative, count]) => ({
    initiative, proposer: proposers.get(initiative) ?? null, articleId: record.id, date, count,
  }));
}

export function buildTimeline(
  initiative: string, stances: readonly StatementRow[], mentions: readonly InitiativeMentionRow[],
  articles: ReadonlyMap<string, LinkedArticleRow>,
): InitiativeTimeline {
  const byCluster = new Map<string, StatementRow[]>();
  for (const s of stances) {
    const list = byCluster.get(s.clusterId);
    if (list) list.push(s);
    else byCluster.set(s.clusterId, [s]);
  }
  const events: TimelineEvent[] = [];
  const proposers = new Set<string>();
  for (const [clusterId, rows] of byCluster) {
    rows.sort((a, b) => (a.fingerprint.date ?? '').localeCompare(b.fingerprint.date ?? '') || a.seq - b.seq);
    const first = rows[0]!.fingerprint;
    const role = rows.some((r) => r.fingerprint.target === initiative) ? 'target' : 'context';
    for (const r of rows) {
      if (r.fingerprint.target !== initiative) continue;
      if (r.fingerprint.proposer) proposers.add(r.fingerprint.proposer);
      if (r.fingerprint.stance === 'propose' && (r.fingerprint.holder ?? r.fingerprint.speaker)) proposers.add((r.fingerprint.holder ?? r.fingerprint.speaker)!);
    }
    events.push({
      date: first.date, type: first.stance ?? 'support', holder: first.holder, speaker: rows.find((r) => r.fingerprint.speaker)?.fingerprint.speaker ?? null,
      role, clusterId,
      sources: rows.map((r) => ({
        articleId: r.articleId, urls: articles.get(r.articleId)?.urls ?? [], lang: r.fingerprint.lang, date: r.fingerprint.date,
        start: r.start, end: r.end, text: r.text,
      })),
    });
  }
  for (const m of mentions) if (proposers.size === 0 && m.proposer) proposers.add(m.proposer);
  events.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || (a.role === b.role ? 0 : a.role === 'target' ? -1 : 1)
    || a.clusterId.localeCompare(b.clusterId));
  const months = new Map<string, Set<string>>();
  const all = new Set<string>();
  for (const m of mentions) {
    all.add(m.articleId);
    const month = m.date?.slice(0, 7) ?? 'undated';
    const set = months.get(month) ?? new Set<string>();
    set.add(m.articleId);
    months.set(month, set);
  }
  return {
    initiative, proposers: [...proposers].sort(), events,
    mentions: { articles: all.size, byMonth: [...months].sort(([a], [b]) => a.localeCompare(b)).map(([month, s]) => ({ month, articles: s.size })) },
  };
}
