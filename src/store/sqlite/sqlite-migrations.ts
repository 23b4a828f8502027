/** SQLite migrations, in order. Append; never edit one that has shipped. */
import { sql } from 'kysely';
import { createCoreTables } from '../core-tables.js';
import { createLinkTables } from '../link-tables.js';
import type { Migration } from '../migrate.js';
import { CREATE_FTS, recreateTaggedFts } from './sqlite-text-index.js';

export const SQLITE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, layers, entities, units and the FTS5 index',
    async up(db) {
      await createCoreTables(db, 'sqlite');
      await sql.raw(CREATE_FTS).execute(db);
    },
  },
  {
    version: 2,
    name: 'link tables: statement clusters, syndicated copies, ledger claims, initiative timelines',
    async up(db) {
      await createLinkTables(db, 'sqlite');
    },
  },
  {
    version: 3,
    name: 'SimHash bands by recency: the latest articles of a band are read first',
    async up(db) {
      // Entries of an index on (band) are (band, rowid): the latest of a band are its last entries.
      await sql`create index link_article_bands_recent on link_article_bands (band)`.execute(db);
    },
  },
  {
    version: 4,
    name: "an entity's units newest first: unit_entities carries its unit's date",
    async up(db) {
      await sql`alter table unit_entities add column date text`.execute(db);
      await sql`update unit_entities set date = (select date from units where units.id = unit_entities.unit_id)`.execute(db);
      // Replaces (entity_id, role, unit_id): the filters' lookups use the new index as well.
      await sql`drop index unit_entities_entity`.execute(db);
      await sql`create index unit_entities_recent on unit_entities (entity_id, role, date, unit_id)`.execute(db);
    },
  },
  {
    version: 5,
    name: 'filter tags in the text index; is_latest readable without the article row',
    async up(db) {
      // A contentless FTS5 table cannot be re-tokenized from what it holds, so only a database with
      // no units yet gets the tagged index (index-tags.ts); an older one keeps its index as it is.
      const units = await sql<{ one: number }>`select 1 as one from units limit 1`.execute(db);
      if (units.rows.length === 0) await recreateTaggedFts(db);
      // Every search joins its units to their article for is_latest, which SQLite finds after the
      // article's text in the row (overflow pages); the index answers without reading the row.
      await sql`create index articles_latest on articles (id, is_latest)`.execute(db);
    },
  },
  {
    version: 6,
    name: 'candidate indexes in memory: articles numbered, statements with their bucket hashes',
    async up(db) {
      // Numbers in linking order (rowid), the order candidate-index-sync.ts reads articles back in.
      await sql`alter table link_articles add column n integer`.execute(db);
      await sql`update link_articles set n = o.r from (select id, row_number() over (order by rowid) - 1 as r from link_articles) as o
        where o.id = link_articles.id`.execute(db);
      await sql`create index link_articles_n on link_articles (n)`.execute(db);
      await sql`alter table link_statements add column buckets text`.execute(db);
      await sql`create index link_statements_seq on link_statements (seq)`.execute(db);
      await sql`insert into link_meta (name, value) select 'articles', count(*) from link_articles where true
        on conflict (name) do update set value = excluded.value`.execute(db);
      // The index is rebuilt from statements and articles; these tables are no longer written.
      await sql`drop table link_buckets`.execute(db);
      await sql`drop table link_article_bands`.execute(db);
    },
  },
];
