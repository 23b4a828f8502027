/** One shared extractor for tests, and a shorthand to run it on a string or an example file. */
import { readFileSync } from 'node:fs';
import { createExtractor, type Extractor } from '../../src/extract/extractor.js';
import type { ArticleRecord } from '../../src/record/article-record.js';
import { expectValidRecord } from './record-assertions.js';

let shared: Promise<Extractor> | undefined;

export function testExtractor(): Promise<Extractor> {
  shared ??= createExtractor();
  return shared;
}

export async function extractText(
  body: string,
  options: { date?: string | null; lang?: string; source?: string } = {},
): Promise<ArticleRecord> {
  const extractor = await testExtractor();
  const record = extractor.extract(
    { source: options.source ?? 'test', url: null, title: null, date: options.date ?? null, lang: null, body, credits: [] },
    { ...(options.lang ? { lang: options.lang } : {}) },
  );
  return expectValidRecord(record);
}

export const SEED_DATE = '2025-09-01';
export const exampleUrl = (name: string) => new URL(`../../examples/${name}`, import.meta.url);
export const readExample = (name: string) => readFileSync(exampleUrl(name), 'utf8');

/** An example file through the real ingest (date line and credits lifted) and the extractor. */
export async function extractExample(name: string): Promise<ArticleRecord> {
  const { ingestPath } = await import('../../src/ingest/index.js');
  const [result] = await ingestPath(exampleUrl(name).pathname);
  if (!result || result.kind !== 'article') throw new Error(`example ${name} did not ingest`);
  return expectValidRecord((await testExtractor()).extract(result.article));
}
