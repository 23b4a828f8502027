/**
 * SQLite keeps analyzed unit text in a contentless FTS5 table keyed by unit id. The `ascii`
 * tokenizer splits only on ASCII separators, so the analyzer's tokens (Han bigrams, stems with
 * Cyrillic letters) arrive intact; bigrams and terms are separate columns so bigram phrases keep
 * their positions. FTS5's `trigram` tokenizer is no use here: it cannot match 1–2 character queries.
 */
import { sql } from 'kysely';
import type { QueryPlan } from '../../search/analyze-query.js';
import type { IndexedUnit, TextIndex } from '../text-index.js';

export const CREATE_FTS = `create virtual table unit_fts using fts5(grams, terms, content='', contentless_delete=1, tokenize='ascii')`;

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** The FTS5 match expression: every clause must match. */
export function fts5Expression(plan: QueryPlan): string {
  return plan.clauses
    .map((c) => (c.kind === 'term' ? `terms : ${quote(c.token)}` : `grams : ${quote(c.grams.join(' '))}`))
    .join(' AND ');
}

export const sqliteTextIndex: TextIndex = {
  table: 'unit_fts',
  columns: ['rowid', 'grams', 'terms'],
  row: (u: IndexedUnit) => ({ rowid: u.id, grams: u.text.grams, terms: u.text.terms }),

  joinMatches: (query, plan) => query.innerJoin('unit_fts', 'unit_fts.rowid', 'u.id')
    .where(sql<boolean>`unit_fts match ${fts5Expression(plan)}`)
    // Evaluated only for the rows the window keeps: FTS5 walks its matches newest first.
    .select(sql<number>`-bm25(unit_fts)`.as('score')),
  newest: sql<number>`unit_fts.rowid`,

  matches(plan: QueryPlan) {
    // bm25() is lower for better matches; negate it so every dialect ranks by "higher is better".
    return sql<{ unit_id: number; score: number }>`(select rowid as unit_id, -bm25(unit_fts) as score from unit_fts where unit_fts match ${fts5Expression(plan)})`.as('m');
  },
};
