/**
 * The store's inserts through the dialect's RowWriter (row-writer.ts). Columns are listed per
 * table, typed against the schema, so a renamed column is a compile error here.
 */
import type { Kysely } from 'kysely';
import type { RowWriter } from './row-writer.js';
import type { StoreSchema } from './store-schema.js';

type Table = Exclude<keyof StoreSchema, 'schema_migrations'>;

const COLUMNS: { readonly [T in Table]: ReadonlyArray<keyof StoreSchema[T] & string> } = {
  articles: ['id', 'url', 'title', 'date', 'lang', 'text', 'credits', 'paragraphs', 'sentences', 'version', 'is_latest', 'source', 'ingested_at', 'extra'],
  entities: ['id', 'type'],
  entity_names: ['entity_id', 'lang', 'name'],
  entity_name_keys: ['name_id', 'key'],
  article_entities: ['article_id', 'ord', 'entity_id', 'record'],
  mentions: ['article_id', 'ord', 'span_start', 'span_end', 'text', 'extra', 'entity_id', 'via'],
  quotes: ['article_id', 'ord', 'span_start', 'span_end', 'text', 'extra', 'unit_id', 'kind', 'speaker_id', 'cue_start', 'cue_end', 'cue_text', 'confidence'],
  figures: ['article_id', 'ord', 'span_start', 'span_end', 'text', 'extra', 'unit_id', 'value', 'max', 'unit', 'kind', 'approx',
    'subject_start', 'subject_end', 'subject_text', 'time'],
  times: ['article_id', 'ord', 'span_start', 'span_end', 'text', 'extra', 'value', 'type'],
  stances: ['article_id', 'ord', 'span_start', 'span_end', 'text', 'extra', 'unit_id', 'type', 'holder_id', 'speaker_id',
    'target_start', 'target_end', 'target_text', 'target_initiative', 'target_proposer'],
  events: ['article_id', 'ord', 'id', 'type', 'name', 'place', 'date', 'organization', 'participants', 'span_start', 'span_end', 'span_text', 'extra'],
  units: ['id', 'article_id', 'kind', 'ord', 'lang', 'date', 'speaker_id'],
  unit_entities: ['unit_id', 'entity_id', 'role', 'date'],
};

export type StoreRow<T extends Table> = { readonly [C in keyof StoreSchema[T]]?: unknown };

export class StoreInserts {
  constructor(private readonly rows: RowWriter) {}

  /** Inserts `rows` into a store table; `tail` is an `on conflict …` clause. */
  insert<T extends Table>(db: Kysely<StoreSchema>, table: T, rows: ReadonlyArray<StoreRow<T>>, tail = ''): Promise<void> {
    return this.rows.insert(db, table, COLUMNS[table], rows, tail);
  }

  /** An insert that returns columns of the rows it wrote (`returning id, name`). */
  insertReturning<T extends Table, R>(db: Kysely<StoreSchema>, table: T, rows: ReadonlyArray<StoreRow<T>>, tail: string): Promise<R[]> {
    return this.rows.insertReturning<R>(db, table, COLUMNS[table], rows, tail);
  }

  /** Any other table (a dialect's text index), with its columns given. */
  insertInto(db: Kysely<StoreSchema>, table: string, columns: readonly string[], rows: readonly object[]): Promise<void> {
    return this.rows.insert(db, table, columns, rows);
  }
}
