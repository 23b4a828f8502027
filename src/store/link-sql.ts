/**
 * The link tables' hot statements as fixed SQL text per dialect: every list travels as ONE
 * parameter (a JSON array in SQLite, unpacked with json_each; an array or JSON in PostgreSQL), so
 * each statement has the same text on every call — prepared once and cached by the driver —
 * whatever the number of rows, and an article's linking costs a dozen statements, not hundreds.
 */
import { CompiledQuery } from 'kysely';
import type { Dialect } from './dialect.js';
import type { LinkSchema } from './link-tables.js';

type Table = keyof LinkSchema;

/** Columns written per table, in order; `link_claims.id` is generated. */
export const INSERT_COLUMNS: { readonly [T in Table]: ReadonlyArray<keyof LinkSchema[T] & string> } = {
  link_meta: ['name', 'value'],
  link_articles: ['id', 'lang', 'date', 'length', 'simhash', 'facts'],
  link_article_bands: ['band', 'article_id'],
  link_article_urls: ['article_id', 'ord', 'url'],
  link_statements: ['key', 'article_id', 'idx', 'kind', 'span_start', 'span_end', 'text', 'label', 'cluster_id', 'score', 'evidence', 'fingerprint', 'seq'],
  link_buckets: ['bucket', 'statement_key', 'cluster_id', 'article_id', 'seq'],
  link_clusters: ['id', 'kind', 'canonical', 'canonical_rank', 'size', 'speaker', 'date_from', 'date_to', 'langs'],
  link_claims: ['ledger_key', 'measure', 'qualifiers', 'concepts', 'scope', 'unit', 'year', 'value', 'max', 'approx', 'claimant',
    'article_id', 'date', 'lang', 'span_start', 'span_end', 'text', 'context', 'statement_key'],
  link_initiative_stances: ['initiative', 'statement_key'],
  link_initiative_mentions: ['initiative', 'article_id', 'proposer', 'date', 'count'],
};

/** What a conflicting row does: the clusters are upserted, a known url or band is left alone. */
const ON_CONFLICT: Partial<Record<Table, string>> = {
  link_meta: ' on conflict (name) do update set value = excluded.value',
  link_clusters: ' on conflict (id) do update set canonical = excluded.canonical, canonical_rank = excluded.canonical_rank, '
    + 'size = excluded.size, speaker = excluded.speaker, date_from = excluded.date_from, date_to = excluded.date_to, langs = excluded.langs',
  link_article_urls: ' on conflict do nothing',
  link_article_bands: ' on conflict do nothing',
};

interface DialectSql {
  /** The one parameter a list becomes. */
  list(values: readonly unknown[]): unknown;
  /** `column in (…the list parameter…)`. */
  inList(column: string): string;
  insert(table: Table): string;
}

const quote = (c: string) => `"${c}"`;

const SQL: Record<Dialect, DialectSql> = {
  sqlite: {
    list: (values) => JSON.stringify(values),
    inList: (column) => `${column} in (select value from json_each(?))`,
    insert: (table) => {
      const cols = INSERT_COLUMNS[table];
      // `where true`: without it SQLite would read the upsert's `on conflict` as a join's `on`.
      return `insert into ${table} (${cols.map(quote).join(', ')}) select ${cols.map((c) => `value ->> '${c}'`).join(', ')} from json_each(?) where true${ON_CONFLICT[table] ?? ''}`;
    },
  },
  postgres: {
    list: (values) => JSON.stringify(values),
    inList: (column) => `${column} in (select jsonb_array_elements_text($1::jsonb))`,
    insert: (table) => {
      const cols = INSERT_COLUMNS[table].map(quote).join(', ');
      return `insert into ${table} (${cols}) select ${cols} from jsonb_populate_recordset(null::${table}, $1::jsonb)${ON_CONFLICT[table] ?? ''}`;
    },
  },
};

export interface LinkStatements {
  insert(table: Table, rows: readonly object[]): CompiledQuery;
  /** `select <columns> from <table> where <column> in <list>` plus an optional tail (`order by seq`). */
  selectIn(table: Table, columns: string, column: string, values: readonly unknown[], tail?: string): CompiledQuery;
}

export function linkStatements(dialect: Dialect): LinkStatements {
  const d = SQL[dialect];
  const inserts = new Map<Table, string>();
  return {
    insert(table, rows) {
      let text = inserts.get(table);
      if (text === undefined) inserts.set(table, (text = d.insert(table)));
      return CompiledQuery.raw(text, [d.list(rows)]);
    },
    selectIn(table, columns, column, values, tail = '') {
      return CompiledQuery.raw(`select ${columns} from ${table} where ${d.inList(column)}${tail}`, [d.list(values)]);
    },
  };
}
