/**
 * Every test that produces a record passes it through here, so the whole suite checks its records
 * against the schema and the span invariant.
 */
import { expect } from 'vitest';
import type { ArticleRecord } from '../../src/record/article-record.js';
import { validateRecord } from '../../src/record/validate-record.js';

export function expectValidRecord(record: ArticleRecord): ArticleRecord {
  expect(validateRecord(record), `record ${record.id} (${record.lang})`).toEqual([]);
  return record;
}
