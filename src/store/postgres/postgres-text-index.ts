/**
 * PostgreSQL keeps analyzed unit text as a tsvector in `unit_text` (GIN-indexed), written as a
 * tsvector literal from the analyzer's tokens — not through a text search configuration, whose
 * parser would re-split Han text its own way. Bigrams and terms get separate position sequences,
 * so a bigram phrase (`'天津' <-> '津给'`) stays adjacent. Positions wrap below PostgreSQL's limit
 * of 16383 instead of piling up on it, which would break phrases late in long articles.
 * Each unit also carries its filter tags (index-tags.ts) as lexemes without positions; the
 * ranking query never names them, so they never move a score.
 */
import { sql } from 'kysely';
import type { AnalyzedText } from '../../search/analyze-text.js';
import type { QueryPlan } from '../../search/analyze-query.js';
import { unitTags } from '../index-tags.js';
import type { IndexedUnit, TextIndex } from '../text-index.js';

const MAX_POSITION = 16383;

function lexeme(token: string): string {
  return `'${token.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

function appendPositions(out: string[], tokens: string): void {
  if (tokens === '') return;
  let position = 0;
  for (const token of tokens.split(' ')) {
    out.push(`${lexeme(token)}:${(position % MAX_POSITION) + 1}`);
    position++;
  }
}

export function tsvectorLiteral(text: AnalyzedText, tags: readonly string[] = []): string {
  const out: string[] = [];
  appendPositions(out, text.grams);
  appendPositions(out, text.terms);
  for (const tag of tags) out.push(lexeme(tag));
  return out.join(' ');
}

export function tsqueryLiteral(plan: QueryPlan, tags: readonly string[] = []): string {
  return [
    ...plan.clauses.map((c) => (c.kind === 'term' ? lexeme(c.token) : `(${c.grams.map(lexeme).join(' <-> ')})`)),
    ...tags.map(lexeme),
  ].join(' & ');
}

export const postgresTextIndex: TextIndex = {
  table: 'unit_text',
  // Migration 5 tagged the units indexed before it.
  tagged: true,
  columns: ['unit_id', 'tsv'],
  // The literal is parsed by tsvector's input function when the JSON row is cast to `unit_text`.
  row: (u: IndexedUnit) => ({ unit_id: u.id, tsv: tsvectorLiteral(u.text, unitTags(u.kind, u.lang)) }),

  joinMatches(query, plan, { tags, floor } = {}) {
    const q = query.innerJoin('unit_text as t', 't.unit_id', 'u.id').where(sql<boolean>`t.tsv @@ ${tsqueryLiteral(plan, tags)}::tsquery`);
    return floor === undefined ? q : q.where('t.unit_id', '>=', floor);
  },
  newest: sql<number>`t.unit_id`,
  // PostgreSQL would rank every match before sorting them by id: rank only the window's rows.
  scoreWindow: (query, plan) => query.innerJoin('unit_text as s', 's.unit_id', 'w.id')
    .select(sql<number>`ts_rank(s.tsv, ${tsqueryLiteral(plan)}::tsquery)`.as('score')),

  matches(plan: QueryPlan, tags?: readonly string[]) {
    const query = sql`${tsqueryLiteral(plan)}::tsquery`;
    const filter = sql`${tsqueryLiteral(plan, tags)}::tsquery`;
    return sql<{ unit_id: number; score: number }>`(select unit_id, ts_rank(tsv, ${query}) as score from unit_text where tsv @@ ${filter})`.as('m');
  },
};
