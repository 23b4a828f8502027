/**
 * `GET /api/export` writes exactly what `rostrum export` writes: the same rows and columns
 * (src/corpus/export-rows.ts), the same RFC 4180 CSV, whole records for articles as JSON Lines.
 * Lines are gathered into chunks of about 64 KB so a large export streams without a write per row.
 */
import { csvLine, UTF8_BOM } from '../corpus/csv-writer.js';
import { EXPORT_COLUMNS, exportRow } from '../corpus/export-rows.js';
import type { ArticleRecord } from '../record/article-record.js';
import type { SearchHit as StoreHit } from '../store/store.js';
import type { ExportOptions } from './corpus-reader.js';

const CHUNK = 64 * 1024;

export async function* exportLines(
  hits: AsyncIterable<StoreHit> | Iterable<StoreHit>,
  options: ExportOptions,
  recordOf: (id: string) => Promise<ArticleRecord | null>,
): AsyncIterable<string> {
  const { type, format } = options;
  const columns = EXPORT_COLUMNS[type];
  let buffer = format === 'csv' ? `${options.bom ? UTF8_BOM : ''}${csvLine(columns)}` : '';
  for await (const hit of hits) {
    if (format === 'csv') {
      const row = exportRow(hit);
      buffer += csvLine(columns.map((c) => row[c]));
    } else if (type === 'article') {
      buffer += `${JSON.stringify(await recordOf(hit.article.id))}\n`;
    } else {
      buffer += `${JSON.stringify(exportRow(hit))}\n`;
    }
    if (buffer.length >= CHUNK) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer !== '') yield buffer;
}
