/**
 * SQLite keeps analyzed unit text in a contentless FTS5 table keyed by unit id. The `ascii`
 * tokenizer splits only on ASCII separators, so the analyzer's tokens (Han bigrams, stems with
 * Cyrillic letters) arrive intact; bigrams and terms are separate columns so bigram phrases keep
 * their positions. FTS5's `trigram` tokenizer is no use here: it cannot match 1–2 character queries.
 *
 * A database created since filter tags exist has a third column, `tags` (index-tags.ts), which
 * bm25 weighs 0: tags narrow the matches and never move a score.
 */
import { sql, type Kysely } from 'kysely';
import type { QueryPlan } from '../../search/analyze-query.js';
import { unitTags } from '../index-tags.js';
import type { IndexedUnit, TextIndex } from '../text-index.js';

export const CREATE_FTS = `create virtual table unit_fts using fts5(grams, terms, content='', contentless_delete=1, tokenize='ascii')`;
export const CREATE_TAGGED_FTS = `create virtual table unit_fts using fts5(grams, terms, tags, content='', contentless_delete=1, tokenize='ascii')`;

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** The FTS5 match expression: every clause must match, and every tag be present. */
export function fts5Expression(plan: QueryPlan, tags: readonly string[] = []): string {
  return [
    ...plan.clauses.map((c) => (c.kind === 'term' ? `terms : ${quote(c.token)}` : `grams : ${quote(c.grams.join(' '))}`)),
    ...tags.map((t) => `tags : ${quote(t)}`),
  ].join(' AND ');
}

function textIndex(tagged: boolean): TextIndex {
  // bm25() is lower for better matches; negate it so every dialect ranks by "higher is better".
  const score = tagged ? sql<number>`-bm25(unit_fts, 1.0, 1.0, 0.0)` : sql<number>`-bm25(unit_fts)`;
  const expression = (plan: QueryPlan, tags: readonly string[] = []) => fts5Expression(plan, tagged ? tags : []);
  return {
    table: 'unit_fts',
    tagged,
    columns: tagged ? ['rowid', 'grams', 'terms', 'tags'] : ['rowid', 'grams', 'terms'],
    row: tagged
      ? (u: IndexedUnit) => ({ rowid: u.id, grams: u.text.grams, terms: u.text.terms, tags: unitTags(u.kind, u.lang).join(' ') })
      : (u: IndexedUnit) => ({ rowid: u.id, grams: u.text.grams, terms: u.text.terms }),

    joinMatches(query, plan, { tags, floor, score: scored = true } = {}) {
      let q = query.innerJoin('unit_fts', 'unit_fts.rowid', 'u.id').where(sql<boolean>`unit_fts match ${expression(plan, tags)}`);
      // A rowid range FTS5 applies as it walks its matches.
      if (floor !== undefined) q = q.where(sql<boolean>`unit_fts.rowid >= ${floor}`);
      // Evaluated only for the rows the window keeps: FTS5 walks its matches newest first.
      return scored ? q.select(score.as('score')) : q;
    },
    newest: sql<number>`unit_fts.rowid`,

    matches: (plan, tags) =>
      sql<{ unit_id: number; score: number }>`(select rowid as unit_id, ${score} as score from unit_fts where unit_fts match ${expression(plan, tags)})`.as('m'),
  };
}

export const sqliteTextIndex = textIndex(false);
export const taggedSqliteTextIndex = textIndex(true);

/** Replaces the FTS table by an empty one with the `tags` column, inside the caller's transaction. */
export async function recreateTaggedFts(db: Kysely<any>): Promise<void> {
  await sql`drop table unit_fts`.execute(db);
  await sql.raw(CREATE_TAGGED_FTS).execute(db);
}

/** The index this database has: tagged when its FTS table has the `tags` column. */
export async function sqliteTextIndexOf(db: Kysely<any>): Promise<TextIndex> {
  const columns = await sql<{ name: string }>`select name from pragma_table_info('unit_fts')`.execute(db);
  return columns.rows.some((c) => c.name === 'tags') ? taggedSqliteTextIndex : sqliteTextIndex;
}
