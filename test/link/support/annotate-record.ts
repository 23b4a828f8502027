/**
 * Hand-built records for linking tests: a fixture article goes through the real ingest and the
 * text stages (paragraphs, sentences), and the layers linking reads (mentions, quotes, figures,
 * times, stances, events) are added from notes that name their surfaces. Every span is found in
 * the text, so offsets are real; a surface that is not found fails the test loudly.
 */
import { fileURLToPath } from 'node:url';
import { Extractor } from '../../../src/extract/extractor.js';
import { ingestPath } from '../../../src/ingest/index.js';
import { loadPacks } from '../../../src/lang/load-packs.js';
import type {
  Approx, ArticleRecord, EntityRecord, EntityType, EventRecord, FigureRecord, MentionRecord, QuoteRecord,
  SpanText, StanceRecord, StanceType, TimeRecord,
} from '../../../src/record/article-record.js';
import { paragraphsStage } from '../../../src/text/paragraphs-stage.js';
import { sentencesStage } from '../../../src/text/sentences-stage.js';

export interface FigureNote {
  readonly text: string;
  readonly value: number;
  readonly unit: string;
  readonly approx?: Approx;
  readonly time?: string;
  readonly nth?: number;
  readonly max?: number;
}

export interface TimeNote { readonly text: string; readonly value: string; readonly nth?: number }

export interface StanceNote {
  /** The stance clause; `target` is looked up inside it. */
  readonly text: string;
  readonly target: string;
  readonly type: StanceType;
  readonly holder: string | null;
  readonly speaker?: string;
  readonly initiative?: string;
  readonly proposer?: string;
  readonly nth?: number;
}

export interface QuoteNote { readonly text: string; readonly speaker: string | null; readonly kind?: 'direct' | 'reported'; readonly nth?: number }

/** Dash-led (or quote-mark-led) speech paragraphs closed by a fixed attribution. */
export interface SpeechParagraphs { readonly lead: string; readonly tail: string; readonly speaker: string }

export interface ArticleNotes {
  readonly aliases: Readonly<Record<string, readonly string[]>>;
  readonly speech?: SpeechParagraphs;
  readonly quotes?: readonly QuoteNote[];
  readonly figures?: readonly FigureNote[];
  readonly times?: readonly TimeNote[];
  readonly stances?: readonly StanceNote[];
  readonly events?: readonly EventRecord[];
}

let extractor: Promise<Extractor> | undefined;
const textOnly = () => (extractor ??= loadPacks().then((packs) => new Extractor(packs, [paragraphsStage, sentencesStage])));

export const outletPath = (file: string) => fileURLToPath(new URL(`../../../examples/outlets/${file}`, import.meta.url));

/** The record of a fixture file with only the text layers. */
export async function baseRecord(file: string): Promise<ArticleRecord> {
  const [result] = await ingestPath(outletPath(file));
  if (!result || result.kind !== 'article') throw new Error(`fixture ${file} did not ingest`);
  return (await textOnly()).extract(result.article);
}

function find(text: string, surface: string, nth = 0, from = 0): SpanText {
  let at = from - 1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(surface, at + 1);
    if (at < 0) throw new Error(`"${surface}" (#${nth}) not found in the text`);
  }
  return { start: at, end: at + surface.length, text: surface };
}

const LETTER = /[\p{sc=Latin}\p{sc=Cyrillic}]/u;

function mentionsOf(text: string, aliases: ArticleNotes['aliases']): MentionRecord[] {
  const found: MentionRecord[] = [];
  for (const [entity, surfaces] of Object.entries(aliases)) {
    for (const surface of surfaces) {
      for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
        // A Latin or Cyrillic alias starts a word; its end may carry an inflection.
        if (LETTER.test(surface[0]!) && LETTER.test(text[at - 1] ?? '')) continue;
        found.push({ start: at, end: at + surface.length, text: surface, entity, via: 'alias' });
      }
    }
  }
  found.sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept: MentionRecord[] = [];
  for (const m of found) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}

function speechQuotes(record: ArticleRecord, speech: SpeechParagraphs): QuoteRecord[] {
  const quotes: QuoteRecord[] = [];
  for (const p of record.paragraphs) {
    const body = record.text.slice(p.start, p.end);
    if (!body.startsWith(speech.lead)) continue;
    const tail = body.lastIndexOf(speech.tail);
    if (tail < 0) continue;
    const start = p.start + speech.lead.length;
    const end = p.start + tail;
    quotes.push({ start, end, text: record.text.slice(start, end), kind: 'direct', speaker: speech.speaker, confidence: 0.9 });
  }
  return quotes;
}

export function entityRecords(aliases: ArticleNotes['aliases'], lang: string): EntityRecord[] {
  return Object.entries(aliases).map(([id, surfaces]) => ({
    id, type: id.split(':')[0] as EntityType, names: { [lang]: surfaces[0] ?? id },
  }));
}

/** A record of `body` (fictional text) with only the text layers. */
export async function textRecord(body: string, meta: { lang: string; date: string | null; url?: string }): Promise<ArticleRecord> {
  return (await textOnly()).extract(
    { source: 'test', url: meta.url ?? null, title: null, date: meta.date, lang: meta.lang, body, credits: [] },
    { lang: meta.lang },
  );
}

/** A record of `file` carrying the noted layers. */
export async function annotatedRecord(file: string, notes: ArticleNotes): Promise<ArticleRecord> {
  return annotate(await baseRecord(file), notes);
}

/** `base` with the noted layers added. */
export function annotate(base: ArticleRecord, notes: ArticleNotes): ArticleRecord {
  const { text } = base;
  const quotes = [
    ...(notes.speech ? speechQuotes(base, notes.speech) : []),
    ...(notes.quotes ?? []).map((q): QuoteRecord => ({ ...find(text, q.text, q.nth), kind: q.kind ?? 'direct', speaker: q.speaker, confidence: 0.9 })),
  ];
  const figures = (notes.figures ?? []).map((f): FigureRecord => ({
    ...find(text, f.text, f.nth), value: f.value, unit: f.unit, kind: /^[A-Z]{3}$/.test(f.unit) ? 'money' : f.unit,
    approx: f.approx ?? 'exact', ...(f.max !== undefined ? { max: f.max } : {}), ...(f.time ? { time: f.time } : {}),
  }));
  const times = (notes.times ?? []).map((t): TimeRecord => ({ ...find(text, t.text, t.nth), value: t.value, type: 'DATE' }));
  const stances = (notes.stances ?? []).map((s): StanceRecord => {
    const span = find(text, s.text, s.nth);
    const target = find(text, s.target, 0, span.start);
    return {
      ...span, type: s.type, holder: s.holder, ...(s.speaker ? { speaker: s.speaker } : {}),
      target: { ...target, ...(s.initiative ? { initiative: s.initiative } : {}), ...(s.proposer ? { proposer: s.proposer } : {}) },
    };
  });
  return {
    ...base,
    entities: entityRecords(notes.aliases, base.lang),
    mentions: mentionsOf(text, notes.aliases),
    quotes: quotes.sort((a, b) => a.start - b.start),
    figures, times, stances, events: [...(notes.events ?? [])],
  };
}
