/** Shared helpers for the ingest tests: unwrap results, write temporary files, find the seed. */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article, IngestFailure, IngestResult } from '../../src/ingest/index.js';

export const SEED_PATH = fileURLToPath(new URL('../../examples/000_57bb135459f8ca34.txt', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** The seed's translations written for the project; missing ones are skipped by the tests. */
export function translationPath(lang: 'ru' | 'en' | 'kk'): string | undefined {
  const path = fileURLToPath(new URL(`../../examples/000_57bb135459f8ca34.${lang}.txt`, import.meta.url));
  return existsSync(path) ? path : undefined;
}

export function onlyArticle(results: readonly IngestResult[]): Article {
  if (results.length !== 1) throw new Error(`expected one result, got ${results.length}`);
  const [result] = results;
  if (result?.kind !== 'article') throw new Error(`expected an article, got ${JSON.stringify(result)}`);
  return result.article;
}

export function onlyFailure(results: readonly IngestResult[]): IngestFailure {
  if (results.length !== 1) throw new Error(`expected one result, got ${results.length}`);
  const [result] = results;
  if (result?.kind !== 'failure') throw new Error(`expected a failure, got ${JSON.stringify(result).slice(0, 300)}`);
  return result.failure;
}

let tempDir: string | undefined;

/** Writes a file in a fresh temporary directory and returns its path. */
export function writeTemp(name: string, content: string | Uint8Array): string {
  tempDir ??= mkdtempSync(join(tmpdir(), 'rostrum-ingest-'));
  const path = join(tempDir, name);
  writeFileSync(path, content);
  return path;
}

export function tempDirectory(): string {
  tempDir ??= mkdtempSync(join(tmpdir(), 'rostrum-ingest-'));
  return tempDir;
}

/** Removes the temporary directory; call from afterAll in files that write temporary files. */
export function removeTemp(): void {
  if (tempDir !== undefined) rmSync(tempDir, { recursive: true, force: true });
  tempDir = undefined;
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
