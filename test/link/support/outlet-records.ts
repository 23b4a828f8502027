/**
 * The outlet fixtures (examples/outlets/fixtures.yaml) through the real ingest and extractor, in
 * the order the fixture file lists them. Built once per test file.
 */
import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { createExtractor } from '../../../src/extract/extractor.js';
import { ingestPath } from '../../../src/ingest/index.js';
import type { ArticleRecord } from '../../../src/record/article-record.js';
import { outletPath } from './annotate-record.js';

export interface OutletFixture {
  readonly file: string;
  readonly role: 'seed' | 'translation' | 'copy' | 'disagreeing-figure' | 'negative';
  readonly copyOf?: string;
  readonly expect: string;
}

export function outletFixtures(): OutletFixture[] {
  return (YAML.parse(readFileSync(outletPath('fixtures.yaml'), 'utf8')) as { articles: OutletFixture[] }).articles;
}

let cached: Promise<Map<string, ArticleRecord>> | undefined;

/** Extracted records by fixture file. */
export function extractedOutlets(): Promise<Map<string, ArticleRecord>> {
  cached ??= (async () => {
    const extractor = await createExtractor();
    const out = new Map<string, ArticleRecord>();
    for (const f of outletFixtures()) {
      const [result] = await ingestPath(outletPath(f.file));
      if (!result || result.kind !== 'article') throw new Error(`fixture ${f.file} did not ingest`);
      out.set(f.file, extractor.extract(result.article));
    }
    return out;
  })();
  return cached;
}
