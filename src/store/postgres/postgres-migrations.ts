/** PostgreSQL migrations, in order. Append; never edit one that has shipped. */
import { sql } from 'kysely';
import { createCoreTables } from '../core-tables.js';
import { createLinkTables } from '../link-tables.js';
import { KIND_TAG, LANG_TAG } from '../index-tags.js';
import type { Migration } from '../migrate.js';

export const POSTGRES_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, layers, entities, units and the tsvector index',
    async up(db) {
      await createCoreTables(db, 'postgres');
      await sql`create sequence units_id_seq`.execute(db);
      // Apart from `units`, as SQLite's FTS5 table is: scans and joins of units stay narrow.
      await sql`create table unit_text (unit_id integer primary key, tsv tsvector not null)`.execute(db);
      await sql`create index unit_text_tsv on unit_text using gin (tsv)`.execute(db);
    },
  },
  {
    version: 2,
    name: 'link tables: statement clusters, syndicated copies, ledger claims, initiative timelines',
    async up(db) {
      await createLinkTables(db, 'postgres');
    },
  },
  {
    version: 3,
    name: 'SimHash bands by recency: the latest articles of a band are read first',
    async up(db) {
      // Existing rows get numbers in physical order: any order will do for what was linked before.
      await sql`alter table link_article_bands add column seq bigint generated always as identity`.execute(db);
      await sql`create index link_article_bands_recent on link_article_bands (band, seq)`.execute(db);
    },
  },
  {
    version: 4,
    name: "an entity's units newest first: unit_entities carries its unit's date",
    async up(db) {
      await sql`alter table unit_entities add column date text`.execute(db);
      await sql`update unit_entities ue set date = u.date from units u where u.id = ue.unit_id`.execute(db);
      await sql`drop index unit_entities_entity`.execute(db);
      // Undated units last, as the search orders them.
      await sql`create index unit_entities_recent on unit_entities (entity_id, role, date desc nulls last, unit_id)`.execute(db);
    },
  },
  {
    version: 5,
    name: 'filter tags in the text index',
    async up(db) {
      // The same lexemes postgres-text-index.ts writes for new units (index-tags.ts).
      await sql`update unit_text t set tsv = t.tsv || array_to_tsvector(array[
        ${KIND_TAG} || lower(u.kind), ${LANG_TAG} || lower(split_part(u.lang, '-', 1))]::text[]) from units u where u.id = t.unit_id`.execute(db);
    },
  },
  {
    version: 6,
    name: 'candidate indexes in memory: articles numbered, statements with their bucket hashes',
    async up(db) {
      // Numbers in the order the articles were filed under their bands (the bands' own numbers).
      await sql`alter table link_articles add column n integer`.execute(db);
      await sql`update link_articles a set n = o.r from (
        select id, row_number() over (order by (select min(b.seq) from link_article_bands b where b.article_id = l.id) nulls first, id) - 1 as r
        from link_articles l) o where o.id = a.id`.execute(db);
      await sql`create index link_articles_n on link_articles (n)`.execute(db);
      await sql`alter table link_statements add column buckets text`.execute(db);
      await sql`create index link_statements_seq on link_statements (seq)`.execute(db);
      await sql`insert into link_meta (name, value) select 'articles', count(*) from link_articles
        on conflict (name) do update set value = excluded.value`.execute(db);
      await sql`drop table link_buckets`.execute(db);
      await sql`drop table link_article_bands`.execute(db);
    },
  },
];
