/**
 * Syndicated copies: the same article under several URLs. A record whose id is already linked is
 * the same article; a record whose SimHash is within MAX_DISTANCE bits of a linked article's, in
 * the same language and of about the same length, and which names the same numbers and entities
 * (Jaccard ≥ MIN_FACT_AGREEMENT), is a copy of it, and its url becomes one more url of the first.
 * The facts check keeps templated bulletins apart (an exchange-rate note, a weather report: the
 * same words around other figures and other names), which SimHash alone would merge. Very short
 * texts hash unreliably, so below MIN_LENGTH only an identical text (distance 0, same length)
 * counts. A changed text at the article's own url is a new version of it, never a copy.
 */
import type { ArticleRecord } from '../record/article-record.js';
import type { LinkSubject } from './link-prep.js';
import type { LinkingRepository } from './link-repository.js';
import { hammingDistance, MAX_DISTANCE, parseSimHash, simhashBands, type SimHash } from './simhash.js';
import { baseLang } from './statement-fingerprint.js';

export const MIN_LENGTH = 300;
export const MAX_LENGTH_RATIO = 1.25;
export const MIN_FACT_AGREEMENT = 0.8;
const MAX_FACTS = 300;
/** Articles read per SimHash band: the latest, so the cost per article stays flat as the corpus grows. */
export const MAX_ARTICLES_PER_BAND = 16;

/** Numbers in the text and the entities it names, sorted and unique. */
export function factsOf(record: ArticleRecord): string[] {
  const facts = new Set<string>();
  for (const m of record.text.matchAll(/\d+/g)) {
    facts.add(m[0]);
    if (facts.size >= MAX_FACTS) break;
  }
  for (const m of record.mentions) if (facts.size < 2 * MAX_FACTS) facts.add(m.entity);
  return [...facts].sort();
}

function agreement(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const set = new Set(a);
  const both = b.filter((x) => set.has(x)).length;
  return both / (a.length + b.length - both);
}

export type SyndicationCheck =
  | { readonly kind: 'same'; readonly of: string; readonly hash: SimHash }
  | { readonly kind: 'copy'; readonly of: string; readonly distance: number; readonly hash: SimHash }
  | { readonly kind: 'new'; readonly hash: SimHash };

export async function checkSyndication(
  record: LinkSubject, repo: LinkingRepository, facts: readonly string[], hash: SimHash,
): Promise<SyndicationCheck> {
  const [same] = await repo.findArticles([record.id]);
  if (same) return { kind: 'same', of: same.id, hash };
  const lang = baseLang(record.lang);
  const length = record.length;
  const close: Array<{ id: string; distance: number }> = [];
  for (const other of await repo.articlesByBands(simhashBands(hash, lang), MAX_ARTICLES_PER_BAND)) {
    if (baseLang(other.lang) !== lang) continue;
    const ratio = Math.max(length, other.length) / Math.max(1, Math.min(length, other.length));
    if (ratio > MAX_LENGTH_RATIO) continue;
    const distance = hammingDistance(hash, parseSimHash(other.simhash));
    const short = Math.min(length, other.length) < MIN_LENGTH;
    if (short ? distance !== 0 || length !== other.length : distance > MAX_DISTANCE) continue;
    close.push({ id: other.id, distance });
  }
  // Only the few close ones are read whole: their urls and facts.
  const rows = new Map((close.length > 0 ? await repo.findArticles(close.map((c) => c.id)) : []).map((a) => [a.id, a]));
  let best: { of: string; distance: number } | undefined;
  for (const { id, distance } of close) {
    const other = rows.get(id);
    if (other === undefined) continue;
    if (record.url !== null) {
      // The article's own url with another text is a new version of it (the store keeps both), not
      // a copy; the url of a known copy is that copy again, whatever else is close.
      if ((other.ownUrl ?? null) === record.url) continue;
      if (other.urls.includes(record.url)) return { kind: 'copy', of: id, distance, hash };
    }
    if (agreement(facts, other.facts) < MIN_FACT_AGREEMENT) continue;
    if (best === undefined || distance < best.distance || (distance === best.distance && id < best.of)) best = { of: id, distance };
  }
  return best ? { kind: 'copy', ...best, hash } : { kind: 'new', hash };
}
