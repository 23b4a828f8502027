/**
 * The person, initiative and figures views, computed from records. The in-memory corpus uses them
 * directly; the Store adapter uses them over the records the Store returns for an entity.
 */
import type { ArticleRecord, EntityRecord } from '../record/article-record.js';
import type {
  ArticleRef, EntityView, FigureItem, InitiativeView, QuoteItem, StanceItem,
} from './corpus-reader.js';
import { mergeEntity, summariesFor } from './entity-names.js';
import { quoteAround } from './record-hits.js';

const LEAD_LENGTH = 80;

/** The opening words of an untitled article, so lists can name it by more than its id. */
function lead(text: string): string {
  const line = text.trimStart().split('\n', 1)[0] ?? '';
  const chars = [...line.slice(0, LEAD_LENGTH * 2)];
  return chars.length > LEAD_LENGTH ? `${chars.slice(0, LEAD_LENGTH).join('')}…` : chars.join('');
}

export const articleRef = (r: ArticleRecord): ArticleRef => ({
  id: r.id, title: r.title, date: r.date, lang: r.lang, url: r.url, ...(r.title ? {} : { lead: lead(r.text) }),
});

/** Oldest first; undated last; ties by article id and offset, so the order is stable. */
export function byDate<T extends { readonly article: ArticleRef; readonly start: number }>(a: T, b: T): number {
  const da = a.article.date ?? '9999';
  const db = b.article.date ?? '9999';
  return da < db ? -1 : da > db ? 1 : a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : a.start - b.start;
}

function entityIn(records: readonly ArticleRecord[], id: string): EntityRecord | undefined {
  let merged: EntityRecord | undefined;
  for (const r of records) for (const e of r.entities) if (e.id === id) merged = mergeEntity(merged, e);
  return merged;
}

function stanceItems(records: readonly ArticleRecord[], keep: (s: ArticleRecord['stances'][number]) => boolean): StanceItem[] {
  return records.flatMap((r) => r.stances.filter(keep).map((s) => ({ ...s, article: articleRef(r) })));
}

function referencedIds(quotes: readonly QuoteItem[], stances: readonly StanceItem[]): string[] {
  return [
    ...quotes.map((q) => q.speaker),
    ...stances.flatMap((s) => [s.holder, s.speaker, s.target.initiative, s.target.proposer]),
  ].filter((id): id is string => typeof id === 'string');
}

/** `records`: every record that names the entity (more do no harm). */
export function entityView(records: readonly ArticleRecord[], id: string, lookup: (id: string) => EntityRecord | undefined): EntityView | null {
  const entity = entityIn(records, id);
  if (!entity) return null;
  const related = records.filter((r) => r.entities.some((e) => e.id === id));
  const quotes: QuoteItem[] = related.flatMap((r) => r.quotes.filter((q) => q.speaker === id)
    .map((q) => ({ ...q, article: articleRef(r) }))).sort(byDate);
  const stances = stanceItems(related, (s) => s.holder === id || s.speaker === id).sort(byDate);
  return {
    entity,
    articles: related.map(articleRef).sort((a, b) => (a.date ?? '') < (b.date ?? '') ? -1 : 1),
    quotes,
    stances,
    entities: summariesFor([id, ...referencedIds(quotes, stances)], lookup),
  };
}

export function initiativeView(records: readonly ArticleRecord[], id: string, lookup: (id: string) => EntityRecord | undefined): InitiativeView | null {
  const entity = entityIn(records, id);
  if (!entity) return null;
  const related = records.filter((r) => r.entities.some((e) => e.id === id) || r.stances.some((s) => s.target.initiative === id));
  const stances = stanceItems(related, (s) => s.target.initiative === id).sort(byDate);
  const proposer = entity.proposer ?? stances.find((s) => s.target.proposer)?.target.proposer
    ?? stances.find((s) => s.type === 'propose')?.holder ?? null;
  return {
    entity,
    proposer,
    stances,
    sources: related.map(articleRef).sort((a, b) => (a.date ?? '') < (b.date ?? '') ? -1 : 1),
    entities: summariesFor([id, proposer, ...referencedIds([], stances)], lookup),
  };
}

/** Every figure of one record, with the speaker of the quote it stands in. */
export function figureItems(record: ArticleRecord): FigureItem[] {
  const ref = articleRef(record);
  return record.figures.map((f) => ({ ...f, article: ref, speaker: quoteAround(record.quotes, f)?.speaker ?? null }));
}
