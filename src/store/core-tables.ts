/**
 * Migration 1's tables, common to both dialects. Only the column types that differ are given per
 * dialect; the text index (FTS5 or tsvector) is each dialect's own migration step.
 */
import type { ColumnDataType, Kysely } from 'kysely';
import type { Dialect } from './dialect.js';

interface ColumnTypes {
  readonly real: ColumnDataType;
}

const TYPES: Record<Dialect, ColumnTypes> = {
  sqlite: { real: 'real' },
  postgres: { real: 'double precision' },
};

export async function createCoreTables(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const { real } = TYPES[dialect];
  const s = db.schema;
  await s.createTable('articles')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('url', 'text').addColumn('title', 'text').addColumn('date', 'text')
    .addColumn('lang', 'text', (c) => c.notNull()).addColumn('text', 'text', (c) => c.notNull())
    .addColumn('credits', 'text', (c) => c.notNull()).addColumn('paragraphs', 'text', (c) => c.notNull())
    .addColumn('sentences', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull()).addColumn('is_latest', 'integer', (c) => c.notNull())
    .addColumn('source', 'text').addColumn('ingested_at', 'text', (c) => c.notNull()).addColumn('extra', 'text')
    .execute();
  await s.createIndex('articles_url').on('articles').columns(['url', 'version']).execute();
  await s.createIndex('articles_date').on('articles').column('date').execute();

  await s.createTable('entities')
    .addColumn('id', 'text', (c) => c.primaryKey()).addColumn('type', 'text', (c) => c.notNull()).execute();
  await s.createTable('entity_names')
    .addColumn('id', 'integer', (c) => (dialect === 'postgres' ? c.primaryKey().generatedAlwaysAsIdentity() : c.primaryKey().autoIncrement()))
    .addColumn('entity_id', 'text', (c) => c.notNull()).addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addUniqueConstraint('entity_names_unique', ['entity_id', 'lang', 'name'])
    .execute();
  await s.createTable('entity_name_keys')
    .addColumn('name_id', 'integer', (c) => c.notNull()).addColumn('key', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('entity_name_keys_pk', ['key', 'name_id'])
    .execute();

  const perArticle = (table: string) => db.schema.createTable(table)
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id'))
    .addColumn('ord', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint(`${table}_pk`, ['article_id', 'ord']);
  const spanColumns = <T extends ReturnType<typeof perArticle>>(t: T) => t
    .addColumn('span_start', 'integer', (c) => c.notNull()).addColumn('span_end', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull()).addColumn('extra', 'text');

  await perArticle('article_entities')
    .addColumn('entity_id', 'text', (c) => c.notNull()).addColumn('record', 'text', (c) => c.notNull()).execute();
  await spanColumns(perArticle('mentions'))
    .addColumn('entity_id', 'text', (c) => c.notNull()).addColumn('via', 'text', (c) => c.notNull()).execute();
  await s.createIndex('mentions_entity').on('mentions').column('entity_id').execute();
  await spanColumns(perArticle('quotes'))
    .addColumn('unit_id', 'integer', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull()).addColumn('speaker_id', 'text')
    .addColumn('cue_start', 'integer').addColumn('cue_end', 'integer').addColumn('cue_text', 'text')
    .addColumn('confidence', real, (c) => c.notNull()).execute();
  await spanColumns(perArticle('figures'))
    .addColumn('unit_id', 'integer', (c) => c.notNull().unique())
    .addColumn('value', real, (c) => c.notNull()).addColumn('max', real)
    .addColumn('unit', 'text', (c) => c.notNull()).addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('approx', 'text', (c) => c.notNull())
    .addColumn('subject_start', 'integer').addColumn('subject_end', 'integer').addColumn('subject_text', 'text')
    .addColumn('time', 'text').execute();
  await spanColumns(perArticle('times'))
    .addColumn('value', 'text', (c) => c.notNull()).addColumn('type', 'text', (c) => c.notNull()).execute();
  await spanColumns(perArticle('stances'))
    .addColumn('unit_id', 'integer', (c) => c.notNull().unique())
    .addColumn('type', 'text', (c) => c.notNull()).addColumn('holder_id', 'text').addColumn('speaker_id', 'text')
    .addColumn('target_start', 'integer', (c) => c.notNull()).addColumn('target_end', 'integer', (c) => c.notNull())
    .addColumn('target_text', 'text', (c) => c.notNull())
    .addColumn('target_initiative', 'text').addColumn('target_proposer', 'text').execute();
  await perArticle('events')
    .addColumn('id', 'text', (c) => c.notNull()).addColumn('type', 'text', (c) => c.notNull())
    .addColumn('name', 'text').addColumn('place', 'text').addColumn('date', 'text').addColumn('organization', 'text')
    .addColumn('participants', 'text', (c) => c.notNull())
    .addColumn('span_start', 'integer').addColumn('span_end', 'integer').addColumn('span_text', 'text')
    .addColumn('extra', 'text').execute();

  await s.createTable('units')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id'))
    .addColumn('kind', 'text', (c) => c.notNull()).addColumn('ord', 'integer', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull()).addColumn('date', 'text').addColumn('speaker_id', 'text')
    .execute();
  await s.createIndex('units_article').on('units').columns(['article_id', 'kind', 'ord']).execute();
  await s.createIndex('units_kind_date').on('units').columns(['kind', 'date']).execute();
  await s.createTable('unit_entities')
    .addColumn('unit_id', 'integer', (c) => c.notNull()).addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('unit_entities_pk', ['unit_id', 'role', 'entity_id'])
    .execute();
  await s.createIndex('unit_entities_entity').on('unit_entities').columns(['entity_id', 'role', 'unit_id']).execute();
}
