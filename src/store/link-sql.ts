/**
 * The link tables' SQL: the columns and conflict clauses their rows are written with (through the
 * dialect's RowWriter), and the hot reads as fixed SQL text with one JSON parameter
 * (json-row-sql.ts), so each is prepared once whatever the number of keys.
 */
import type { CompiledQuery } from 'kysely';
import type { Dialect } from './dialect.js';
import { jsonRowStatements } from './json-row-sql.js';
import type { LinkSchema } from './link-tables.js';

type Table = keyof LinkSchema;

/** Columns written per table, in order; `link_claims.id` is generated. */
export const INSERT_COLUMNS: { readonly [T in Table]: ReadonlyArray<keyof LinkSchema[T] & string> } = {
  link_meta: ['name', 'value'],
  link_articles: ['id', 'lang', 'date', 'length', 'simhash', 'facts', 'n'],
  link_article_urls: ['article_id', 'ord', 'url'],
  link_statements: ['key', 'article_id', 'idx', 'kind', 'span_start', 'span_end', 'text', 'label', 'cluster_id', 'score', 'evidence', 'fingerprint', 'seq', 'buckets'],
  link_clusters: ['id', 'kind', 'canonical', 'canonical_rank', 'size', 'speaker', 'date_from', 'date_to', 'langs'],
  link_claims: ['ledger_key', 'measure', 'qualifiers', 'concepts', 'scope', 'unit', 'year', 'value', 'max', 'approx', 'claimant',
    'article_id', 'date', 'lang', 'span_start', 'span_end', 'text', 'context', 'statement_key'],
  link_initiative_stances: ['initiative', 'statement_key'],
  link_initiative_mentions: ['initiative', 'article_id', 'proposer', 'date', 'count'],
};

/** What a conflicting row does: the clusters are upserted, a known url or band is left alone. */
export const ON_CONFLICT: Partial<Record<Table, string>> = {
  link_meta: ' on conflict (name) do update set value = excluded.value',
  link_clusters: ' on conflict (id) do update set canonical = excluded.canonical, canonical_rank = excluded.canonical_rank, '
    + 'size = excluded.size, speaker = excluded.speaker, date_from = excluded.date_from, date_to = excluded.date_to, langs = excluded.langs',
  link_article_urls: ' on conflict do nothing',
};

export interface LinkStatements {
  /** `select <columns> from <table> where <column> in <list>` plus an optional tail (`order by seq`). */
  selectIn(table: Table, columns: string, column: string, values: readonly unknown[], tail?: string): CompiledQuery;
}

export function linkStatements(dialect: Dialect): LinkStatements {
  const q = jsonRowStatements(dialect);
  return {
    selectIn: (table, columns, column, values, tail) => q.selectIn(table, columns, column, values, tail),
  };
}
