/**
 * A query through the same analyzer as the index, turned into clauses that must all match:
 * a Han run of two or more characters is a phrase of its bigrams (`上合组织` → 上合 合组 组织,
 * adjacent), a single Han character a unigram term, every word its stem. No operators: this is a
 * search box for analysts, and every word they type should narrow the result.
 */
import { forEachPiece } from './analyze-text.js';

export type QueryClause =
  | { readonly kind: 'term'; readonly token: string }
  | { readonly kind: 'phrase'; readonly grams: readonly string[] };

export interface QueryPlan {
  readonly clauses: readonly QueryClause[];
}

export function analyzeQuery(query: string): QueryPlan {
  const clauses: QueryClause[] = [];
  const seen = new Set<string>();
  const add = (key: string, clause: QueryClause) => {
    if (seen.has(key)) return;
    seen.add(key);
    clauses.push(clause);
  };
  forEachPiece(query, (piece) => {
    if (piece.kind === 'word') {
      add(`t:${piece.token}`, { kind: 'term', token: piece.token });
      return;
    }
    const { chars } = piece;
    if (chars.length === 1) {
      add(`t:${chars[0]!}`, { kind: 'term', token: chars[0]! });
      return;
    }
    const grams = chars.slice(1).map((ch, k) => chars[k]! + ch);
    add(`p:${grams.join(' ')}`, { kind: 'phrase', grams });
  });
  return { clauses };
}

/**
 * The tokens that identify a name, for entity lookup: bigrams of Han runs (a single Han
 * character as itself), stems of words. A name matches a query when it has every query key.
 */
export function nameKeys(name: string): string[] {
  const keys = new Set<string>();
  forEachPiece(name, (piece) => {
    if (piece.kind === 'word') keys.add(piece.token);
    else if (piece.chars.length === 1) keys.add(piece.chars[0]!);
    else for (let k = 0; k + 1 < piece.chars.length; k++) keys.add(piece.chars[k]! + piece.chars[k + 1]!);
  });
  return [...keys];
}
