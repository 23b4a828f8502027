/**
 * The searchable units of one record: the article itself, each quote, each stance, each figure,
 * with the facet values each one carries. Facets describe who speaks (the speaker and the country
 * they speak for) and what about (initiatives), so a figure inherits the speaker of the quote it
 * stands in, and a stance held by a country counts for that country.
 */
import type { ArticleRecord, EntityRecord, FigureRecord, QuoteRecord, StanceRecord } from '../record/article-record.js';
import type { HitType, SearchHit } from './corpus-reader.js';

export interface RecordHit {
  readonly type: HitType;
  /** The item's own span (the whole text for an article): what a Store hit points at. */
  readonly start: number;
  readonly end: number;
  /** The text a query is matched against and the snippet shows: a stance with its target, a figure's sentence. */
  readonly matchStart: number;
  readonly matchEnd: number;
  readonly speaker: string | null;
  readonly countries: readonly string[];
  readonly initiatives: readonly string[];
  readonly stance?: SearchHit['stance'];
  readonly initiative?: string;
  readonly figure?: SearchHit['figure'];
  /** The layer item itself; null for the article. */
  readonly item: QuoteRecord | StanceRecord | FigureRecord | null;
}

/** How far around a figure a query may match when the record has no sentences (as the Store indexes it). */
const FIGURE_WINDOW = 120;

const isCountry = (id: string | null | undefined): id is string => typeof id === 'string' && id.startsWith('country:');
const isInitiative = (id: string) => id.startsWith('initiative:');

/** The country a person speaks for: the entity's own `country`, else the first role held for a country. */
export function countryOf(entity: EntityRecord | undefined): string | null {
  if (!entity) return null;
  if (entity.type === 'country') return entity.id;
  if (entity.country) return entity.country.startsWith('country:') ? entity.country : `country:${entity.country.toLowerCase()}`;
  const role = entity.roles?.find((r) => isCountry(r.of));
  return role?.of ?? null;
}

export function quoteAround(quotes: readonly QuoteRecord[], figure: FigureRecord): QuoteRecord | undefined {
  return quotes.find((q) => q.start <= figure.start && figure.end <= q.end);
}

const unique = (values: Iterable<string | null | undefined>): string[] =>
  [...new Set([...values].filter((v): v is string => typeof v === 'string' && v !== ''))];

export function recordHits(record: ArticleRecord): RecordHit[] {
  const byId = new Map(record.entities.map((e) => [e.id, e] as const));
  const speakerCountry = (speaker: string | null | undefined) => (speaker ? countryOf(byId.get(speaker)) : null);
  const initiativesIn = (start: number, end: number) =>
    unique(record.mentions.filter((m) => m.start >= start && m.end <= end && isInitiative(m.entity)).map((m) => m.entity));

  const hits: RecordHit[] = [{
    type: 'article',
    start: 0,
    end: record.text.length,
    matchStart: 0,
    matchEnd: record.text.length,
    item: null,
    speaker: null,
    countries: unique(record.mentions.map((m) => m.entity).filter(isCountry)),
    initiatives: unique(record.mentions.map((m) => m.entity).filter(isInitiative)),
  }];
  for (const q of record.quotes) {
    hits.push({
      type: 'quote', start: q.start, end: q.end, matchStart: q.start, matchEnd: q.end, speaker: q.speaker, item: q,
      countries: unique([speakerCountry(q.speaker)]),
      initiatives: initiativesIn(q.start, q.end),
    });
  }
  for (const s of record.stances) {
    const speaker = s.speaker ?? (s.holder && byId.get(s.holder)?.type === 'person' ? s.holder : null);
    const initiative = s.target.initiative;
    hits.push({
      type: 'stance', start: s.start, end: s.end, speaker, item: s,
      matchStart: Math.min(s.start, s.target.start), matchEnd: Math.max(s.end, s.target.end),
      countries: unique([isCountry(s.holder) ? s.holder : null, speakerCountry(speaker)]),
      initiatives: unique([initiative]),
      stance: s.type,
      ...(initiative ? { initiative } : {}),
    });
  }
  for (const f of record.figures) {
    const speaker = quoteAround(record.quotes, f)?.speaker ?? null;
    const sentence = record.sentences.find((s) => s.start <= f.start && f.end <= s.end);
    hits.push({
      type: 'figure', start: f.start, end: f.end, speaker, item: f,
      matchStart: sentence?.start ?? Math.max(0, f.start - FIGURE_WINDOW),
      matchEnd: sentence?.end ?? Math.min(record.text.length, f.end + FIGURE_WINDOW),
      countries: unique([speakerCountry(speaker)]),
      initiatives: [],
      figure: { value: f.value, unit: f.unit, approx: f.approx },
    });
  }
  return hits;
}
