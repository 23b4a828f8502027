/**
 * A record's search units with their index text already analyzed. Pure work on the record alone,
 * so an ingest does it in the extraction worker and the writing thread only inserts rows.
 */
import type { ArticleRecord } from '../record/article-record.js';
import { analyzeText, type AnalyzedText } from '../search/analyze-text.js';
import { recordUnits, type UnitDraft } from './record-units.js';

export interface PreparedUnit extends Omit<UnitDraft, 'indexText'> {
  readonly analyzed: AnalyzedText;
}

export function prepareUnits(record: ArticleRecord): PreparedUnit[] {
  return recordUnits(record).map(({ indexText, ...unit }) => ({ ...unit, analyzed: analyzeText(indexText) }));
}
