/**
 * CSV as RFC 4180 says: CRLF line ends, a header row, and a field quoted (with its quotes doubled)
 * when it holds a comma, a quote, CR or LF. Spreadsheet users can ask for a UTF-8 byte order mark,
 * without which Excel misreads Chinese and Cyrillic text.
 */

export type CsvValue = string | number | boolean | null | undefined;

const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

export const UTF8_BOM = '\uFEFF';
