/** The seed speech as three hand-annotated records from three outlets, built once per test file. */
import type { ArticleRecord } from '../../../src/record/article-record.js';
import { annotatedRecord } from './annotate-record.js';
import { SEED_FILES, seedNotes, type SeedLang } from './seed-notes.js';

let cached: Promise<Record<SeedLang, ArticleRecord>> | undefined;

export function seedRecords(): Promise<Record<SeedLang, ArticleRecord>> {
  cached ??= (async () => ({
    zh: await annotatedRecord(SEED_FILES.zh, seedNotes('zh')),
    en: await annotatedRecord(SEED_FILES.en, seedNotes('en')),
    ru: await annotatedRecord(SEED_FILES.ru, seedNotes('ru')),
  }))();
  return cached;
}
