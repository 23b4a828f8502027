/**
 * Link rows (src/link/link-rows.ts) to and from the link tables' columns: lists and fingerprints
 * travel as JSON text, spans as `span_start`/`span_end` like the core tables.
 */
import type { Approx } from '../record/article-record.js';
import type { ClaimRow, ClusterRow, LinkingStatement, StatementKind, StatementRow } from '../link/link-rows.js';
import type { LinkClaimsTable, LinkClustersTable, LinkStatementsTable } from './link-tables.js';

/** `buckets`: the hashes of the buckets the statement is filed under, encoded (candidate-index-sync.ts). */
export function statementToRow(s: StatementRow, buckets: string): LinkStatementsTable {
  return {
    key: s.key, article_id: s.articleId, idx: s.index, kind: s.fingerprint.kind, span_start: s.start, span_end: s.end,
    text: s.text, label: s.label, cluster_id: s.clusterId, score: s.score, evidence: JSON.stringify(s.evidence),
    fingerprint: JSON.stringify(s.fingerprint), seq: s.seq, buckets,
  };
}

/** The columns a LinkingStatement is read from. */
export const LINKING_COLUMNS = 'key, article_id, idx, span_start, span_end, label, cluster_id, score, fingerprint, seq';

export function rowToLinkingStatement(r: Omit<LinkStatementsTable, 'text' | 'evidence' | 'buckets'>): LinkingStatement {
  return {
    key: r.key, articleId: r.article_id, index: Number(r.idx), start: Number(r.span_start), end: Number(r.span_end),
    label: r.label, fingerprint: JSON.parse(r.fingerprint) as StatementRow['fingerprint'],
    clusterId: r.cluster_id, score: Number(r.score), seq: Number(r.seq),
  };
}

export function rowToStatement(r: LinkStatementsTable): StatementRow {
  return {
    key: r.key, articleId: r.article_id, index: Number(r.idx), start: Number(r.span_start), end: Number(r.span_end),
    text: r.text, label: r.label, fingerprint: JSON.parse(r.fingerprint) as StatementRow['fingerprint'],
    clusterId: r.cluster_id, score: Number(r.score), evidence: JSON.parse(r.evidence) as StatementRow['evidence'], seq: Number(r.seq),
  };
}

export function clusterToRow(c: ClusterRow): LinkClustersTable {
  return {
    id: c.id, kind: c.kind, canonical: c.canonical, canonical_rank: c.canonicalRank, size: c.size, speaker: c.speaker,
    date_from: c.dateFrom, date_to: c.dateTo, langs: JSON.stringify(c.langs),
  };
}

export function rowToCluster(r: LinkClustersTable): ClusterRow {
  return {
    id: r.id, kind: r.kind as StatementKind, canonical: r.canonical, canonicalRank: Number(r.canonical_rank), size: Number(r.size),
    speaker: r.speaker, dateFrom: r.date_from, dateTo: r.date_to, langs: JSON.parse(r.langs) as string[],
  };
}

export function claimToRow(c: ClaimRow): Omit<LinkClaimsTable, 'id'> {
  return {
    ledger_key: c.ledgerKey, measure: c.measure, qualifiers: JSON.stringify(c.qualifiers), concepts: JSON.stringify(c.concepts),
    scope: JSON.stringify(c.scope), unit: c.unit, year: c.year, value: c.value, max: c.max, approx: c.approx,
    claimant: c.claimant, article_id: c.articleId, date: c.date, lang: c.lang, span_start: c.start, span_end: c.end,
    text: c.text, context: c.context, statement_key: c.statementKey,
  };
}

export function rowToClaim(r: Omit<LinkClaimsTable, 'id'>): ClaimRow {
  return {
    ledgerKey: r.ledger_key, measure: r.measure, qualifiers: JSON.parse(r.qualifiers) as ClaimRow['qualifiers'],
    concepts: JSON.parse(r.concepts) as ClaimRow['concepts'], scope: JSON.parse(r.scope) as string[], unit: r.unit,
    year: r.year, value: Number(r.value), max: r.max === null ? null : Number(r.max), approx: r.approx as Approx,
    claimant: r.claimant, articleId: r.article_id, date: r.date, lang: r.lang, start: Number(r.span_start),
    end: Number(r.span_end), text: r.text, context: r.context, statementKey: r.statement_key,
  };
}
