/**
 * The tables, as Kysely sees them. Spans are stored as columns (`span_start`, `span_end`, `text`)
 * so they can be queried; fields of a layer item that have no column (added to the record after
 * this schema) ride along in `extra` (JSON) and come back unchanged. JSON columns are text.
 */
import type { Generated } from 'kysely';

export interface SchemaMigrationsTable { version: number; name: string; applied_at: string }

export interface ArticlesTable {
  id: string;
  url: string | null;
  title: string | null;
  date: string | null;
  lang: string;
  text: string;
  credits: string;
  paragraphs: string;
  sentences: string;
  /** 1 for the first text seen at a url, +1 for each changed text after it. */
  version: number;
  /** 1 for the newest version of its url (always 1 without a url); search sees only these. */
  is_latest: number;
  source: string | null;
  ingested_at: string;
  extra: string | null;
}

export interface EntitiesTable { id: string; type: string }

export interface EntityNamesTable { id: Generated<number>; entity_id: string; lang: string; name: string }

/** The analyzed keys of a name (`托卡耶夫` → 托卡 卡耶 耶夫), for lookup by any spelling. */
export interface EntityNameKeysTable { name_id: number; key: string }

/** Each article's own entity records, kept whole: roles and names can differ between sources. */
export interface ArticleEntitiesTable { article_id: string; ord: number; entity_id: string; record: string }

interface SpanColumns { article_id: string; ord: number; span_start: number; span_end: number; text: string; extra: string | null }

export interface MentionsTable extends SpanColumns { entity_id: string; via: string }

export interface QuotesTable extends SpanColumns {
  unit_id: number; kind: string; speaker_id: string | null;
  cue_start: number | null; cue_end: number | null; cue_text: string | null; confidence: number;
}

export interface FiguresTable extends SpanColumns {
  unit_id: number; value: number; max: number | null; unit: string; kind: string; approx: string;
  subject_start: number | null; subject_end: number | null; subject_text: string | null; time: string | null;
}

export interface TimesTable extends SpanColumns { value: string; type: string }

export interface StancesTable extends SpanColumns {
  unit_id: number; type: string; holder_id: string | null; speaker_id: string | null;
  target_start: number; target_end: number; target_text: string;
  target_initiative: string | null; target_proposer: string | null;
}

export interface EventsTable {
  article_id: string; ord: number; id: string; type: string; name: string | null; place: string | null;
  date: string | null; organization: string | null; participants: string;
  span_start: number | null; span_end: number | null; span_text: string | null; extra: string | null;
}

/** A searchable span: an article, a quote, a stance or a figure. Its id keys the text index. */
export interface UnitsTable {
  id: number; article_id: string; kind: string; ord: number; lang: string; date: string | null;
  /** Who the unit is by: the quote's speaker, the stance holder, the speaker of a figure's quote. */
  speaker_id: string | null;
}

/**
 * Entities a unit is about, by role: `speaker`, `country`, `initiative` (the search filters), with
 * the unit's date, so an entity's units can be read newest first from one index.
 */
export interface UnitEntitiesTable { unit_id: number; entity_id: string; role: string; date: string | null }

export interface StoreSchema {
  schema_migrations: SchemaMigrationsTable;
  articles: ArticlesTable;
  entities: EntitiesTable;
  entity_names: EntityNamesTable;
  entity_name_keys: EntityNameKeysTable;
  article_entities: ArticleEntitiesTable;
  mentions: MentionsTable;
  quotes: QuotesTable;
  figures: FiguresTable;
  times: TimesTable;
  stances: StancesTable;
  events: EventsTable;
  units: UnitsTable;
  unit_entities: UnitEntitiesTable;
}
