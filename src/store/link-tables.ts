/**
 * The link tables (migration 2 in both dialects): what src/link writes as it links articles —
 * articles seen with their SimHash bands and urls, statements with their fingerprints and
 * clusters, candidate buckets, ledger claims, and initiative stances and mentions. Lists and
 * fingerprints are JSON text; every lookup the linker makes has an index. Migration 6 drops the
 * band and bucket tables created here: the linker indexes candidates in memory, rebuilt from the
 * articles and statements (candidate-index-sync.ts), which carry what it needs.
 */
import { sql, type ColumnDataType, type Generated, type Kysely } from 'kysely';
import type { Dialect } from './dialect.js';

/** `n`: the article's number in linking order (migration 6), what the candidate index is read back by. */
export interface LinkArticlesTable { id: string; lang: string; date: string | null; length: number; simhash: string; facts: string; n: number | null }
export interface LinkArticleUrlsTable { article_id: string; ord: number; url: string }

export interface LinkStatementsTable {
  key: string; article_id: string; idx: number; kind: string; span_start: number; span_end: number; text: string;
  label: string; cluster_id: string; score: number; evidence: string; fingerprint: string; seq: number;
  /** The hashes of the buckets it is filed under (candidate-index-sync.ts); null before migration 6. */
  buckets: string | null;
}

export interface LinkClustersTable {
  id: string; kind: string; canonical: string; canonical_rank: number; size: number; speaker: string | null;
  date_from: string | null; date_to: string | null; langs: string;
}

export interface LinkClaimsTable {
  id: Generated<number>; ledger_key: string; measure: string; qualifiers: string; concepts: string; scope: string;
  unit: string; year: string | null; value: number; max: number | null; approx: string; claimant: string | null;
  article_id: string; date: string | null; lang: string; span_start: number; span_end: number; text: string;
  context: string; statement_key: string | null;
}

export interface LinkInitiativeStancesTable { initiative: string; statement_key: string }

export interface LinkInitiativeMentionsTable {
  initiative: string; article_id: string; proposer: string | null; date: string | null; count: number;
}

/**
 * Counters the linker keeps: `next_seq`, the next statement's sequence number; `articles`, the next
 * article's number; `generation`, raised by every relink (candidate-index-sync.ts).
 */
export interface LinkMetaTable { name: string; value: number }

export interface LinkSchema {
  link_meta: LinkMetaTable;
  link_articles: LinkArticlesTable;
  link_article_urls: LinkArticleUrlsTable;
  link_statements: LinkStatementsTable;
  link_clusters: LinkClustersTable;
  link_claims: LinkClaimsTable;
  link_initiative_stances: LinkInitiativeStancesTable;
  link_initiative_mentions: LinkInitiativeMentionsTable;
}

export const LINK_TABLES: ReadonlyArray<keyof LinkSchema> = [
  'link_meta', 'link_articles', 'link_article_urls', 'link_statements', 'link_clusters', 'link_claims', 'link_initiative_stances', 'link_initiative_mentions',
];

const REAL: Record<Dialect, ColumnDataType> = { sqlite: 'real', postgres: 'double precision' };

export async function createLinkTables(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const s = db.schema;
  const real = REAL[dialect];
  await s.createTable('link_meta')
    .addColumn('name', 'text', (c) => c.primaryKey()).addColumn('value', 'integer', (c) => c.notNull()).execute();
  await s.createTable('link_articles')
    .addColumn('id', 'text', (c) => c.primaryKey()).addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('date', 'text').addColumn('length', 'integer', (c) => c.notNull())
    .addColumn('simhash', 'text', (c) => c.notNull()).addColumn('facts', 'text', (c) => c.notNull()).execute();
  await s.createTable('link_article_bands')
    .addColumn('band', 'text', (c) => c.notNull()).addColumn('article_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('link_article_bands_pk', ['band', 'article_id']).execute();
  await s.createTable('link_article_urls')
    .addColumn('article_id', 'text', (c) => c.notNull()).addColumn('ord', 'integer', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('link_article_urls_pk', ['article_id', 'url']).execute();
  await s.createIndex('link_article_urls_url').on('link_article_urls').column('url').execute();

  // Keys compare byte by byte in both dialects, so `<article id>#` … `<article id>$` is a key range.
  await s.createTable('link_statements')
    .addColumn('key', dialect === 'postgres' ? sql`text collate "C"` : 'text', (c) => c.primaryKey()).addColumn('article_id', 'text', (c) => c.notNull())
    .addColumn('idx', 'integer', (c) => c.notNull()).addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('span_start', 'integer', (c) => c.notNull()).addColumn('span_end', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull()).addColumn('label', 'text', (c) => c.notNull())
    .addColumn('cluster_id', 'text', (c) => c.notNull()).addColumn('score', real, (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull()).addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull()).execute();
  await s.createIndex('link_statements_cluster').on('link_statements').columns(['cluster_id', 'seq']).execute();
  // No index by article: a statement's key starts with its article's id, so the key finds them.
  // Candidate lookups read only this table, by bucket and latest first (`seq`, one per statement);
  // in SQLite the rows live in the key's b-tree.
  let buckets = s.createTable('link_buckets')
    .addColumn('bucket', 'text', (c) => c.notNull()).addColumn('statement_key', 'text', (c) => c.notNull())
    .addColumn('cluster_id', 'text', (c) => c.notNull()).addColumn('article_id', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('link_buckets_pk', ['bucket', 'seq']);
  if (dialect === 'sqlite') buckets = buckets.modifyEnd(sql`without rowid`);
  await buckets.execute();
  // Small rows keyed by text: in SQLite they live in the key's b-tree, one index less to write.
  let clusters = s.createTable('link_clusters')
    .addColumn('id', 'text', (c) => c.primaryKey()).addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('canonical', 'text', (c) => c.notNull()).addColumn('canonical_rank', 'integer', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull()).addColumn('speaker', 'text')
    .addColumn('date_from', 'text').addColumn('date_to', 'text').addColumn('langs', 'text', (c) => c.notNull());
  if (dialect === 'sqlite') clusters = clusters.modifyEnd(sql`without rowid`);
  await clusters.execute();
  await s.createIndex('link_clusters_speaker').on('link_clusters').columns(['speaker', 'date_to']).execute();
  await s.createIndex('link_clusters_date').on('link_clusters').columns(['date_to', 'id']).execute();

  await s.createTable('link_claims')
    .addColumn('id', 'integer', (c) => (dialect === 'postgres' ? c.primaryKey().generatedAlwaysAsIdentity() : c.primaryKey().autoIncrement()))
    .addColumn('ledger_key', 'text', (c) => c.notNull()).addColumn('measure', 'text', (c) => c.notNull())
    .addColumn('qualifiers', 'text', (c) => c.notNull()).addColumn('concepts', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull()).addColumn('unit', 'text', (c) => c.notNull()).addColumn('year', 'text')
    .addColumn('value', real, (c) => c.notNull()).addColumn('max', real).addColumn('approx', 'text', (c) => c.notNull())
    .addColumn('claimant', 'text').addColumn('article_id', 'text', (c) => c.notNull()).addColumn('date', 'text')
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('span_start', 'integer', (c) => c.notNull()).addColumn('span_end', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull()).addColumn('context', 'text', (c) => c.notNull())
    .addColumn('statement_key', 'text').execute();
  await s.createIndex('link_claims_key').on('link_claims').column('ledger_key').execute();


  await s.createTable('link_initiative_stances')
    .addColumn('initiative', 'text', (c) => c.notNull()).addColumn('statement_key', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('link_initiative_stances_pk', ['initiative', 'statement_key']).execute();
  await s.createTable('link_initiative_mentions')
    .addColumn('initiative', 'text', (c) => c.notNull()).addColumn('article_id', 'text', (c) => c.notNull())
    .addColumn('proposer', 'text').addColumn('date', 'text').addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('link_initiative_mentions_pk', ['initiative', 'article_id']).execute();
}
