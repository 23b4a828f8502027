/**
 * The flat rows `rostrum export` writes, one shape per unit kind, the same columns in CSV and in
 * JSON Lines (where numbers stay numbers and empty values are null). Spans keep their offsets so
 * every row points back into its article's text.
 */
import type { FigureRecord, QuoteRecord, StanceRecord } from '../record/article-record.js';
import type { UnitKind } from '../search/search-query.js';
import type { SearchHit } from '../store/store.js';
import type { CsvValue } from './csv-writer.js';

export type ExportRow = Readonly<Record<string, CsvValue>>;

const where = (h: SearchHit) => ({
  article_id: h.article.id, url: h.article.url, date: h.article.date, lang: h.article.lang, start: h.start, end: h.end,
});

export const EXPORT_COLUMNS: Record<UnitKind, readonly string[]> = {
  quote: ['article_id', 'url', 'date', 'lang', 'start', 'end', 'kind', 'speaker', 'speaker_name', 'cue', 'confidence', 'text'],
  stance: ['article_id', 'url', 'date', 'lang', 'start', 'end', 'type', 'holder', 'holder_name', 'target', 'initiative', 'proposer', 'text'],
  figure: ['article_id', 'url', 'date', 'lang', 'start', 'end', 'value', 'max', 'unit', 'kind', 'approx', 'subject', 'time', 'speaker', 'speaker_name', 'text'],
  article: ['article_id', 'url', 'title', 'date', 'lang', 'chars', 'text'],
};

export function exportRow(hit: SearchHit): ExportRow {
  switch (hit.kind) {
    case 'quote': {
      const q = hit.item as QuoteRecord;
      return { ...where(hit), kind: q.kind, speaker: q.speaker, speaker_name: hit.speaker?.name ?? null, cue: q.cue?.text ?? null, confidence: q.confidence, text: q.text };
    }
    case 'stance': {
      const s = hit.item as StanceRecord;
      return {
        ...where(hit), type: s.type, holder: s.holder, holder_name: hit.speaker?.name ?? null, target: s.target.text,
        initiative: s.target.initiative ?? null, proposer: s.target.proposer ?? null, text: s.text,
      };
    }
    case 'figure': {
      const f = hit.item as FigureRecord;
      return {
        ...where(hit), value: f.value, max: f.max ?? null, unit: f.unit, kind: f.kind, approx: f.approx,
        subject: f.subject?.text ?? null, time: f.time ?? null, speaker: hit.speaker?.id ?? null,
        speaker_name: hit.speaker?.name ?? null, text: f.text,
      };
    }
    case 'article':
      return { article_id: hit.article.id, url: hit.article.url, title: hit.article.title, date: hit.article.date, lang: hit.article.lang, chars: hit.text.length, text: hit.text };
  }
}
