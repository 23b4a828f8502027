/**
 * An extractor with only the stages the entities stage needs, so these tests do not depend on
 * later stages, and shorthands for the seed and its translations.
 */
import { Extractor } from '../../src/extract/extractor.js';
import { entitiesStage } from '../../src/extract/entities/entities-stage.js';
import { loadPacks } from '../../src/lang/load-packs.js';
import type { ArticleRecord, MentionRecord } from '../../src/record/article-record.js';
import { paragraphsStage } from '../../src/text/paragraphs-stage.js';
import { sentencesStage } from '../../src/text/sentences-stage.js';
import { exampleUrl } from '../support/extract-text.js';
import { expectValidRecord } from '../support/record-assertions.js';

let shared: Promise<Extractor> | undefined;

export function entitiesExtractor(): Promise<Extractor> {
  shared ??= loadPacks().then((packs) => new Extractor(packs, [paragraphsStage, sentencesStage, entitiesStage]));
  return shared;
}

/** The reference date of every example corpus: the seed's date. */
export const REFERENCE_DATE = '2025-09-01';

export async function entitiesOf(body: string, options: { date?: string | null; lang?: string } = {}): Promise<ArticleRecord> {
  const extractor = await entitiesExtractor();
  const record = extractor.extract(
    { source: 'test', url: null, title: null, date: options.date === undefined ? REFERENCE_DATE : options.date, lang: null, body, credits: [] },
    options.lang ? { lang: options.lang } : {},
  );
  return expectValidRecord(record);
}

/** An example file through the real ingest (date line and credits lifted) and these stages. */
export async function entitiesOfExample(name: string): Promise<ArticleRecord> {
  const { ingestPath } = await import('../../src/ingest/index.js');
  const [result] = await ingestPath(exampleUrl(name).pathname);
  if (!result || result.kind !== 'article') throw new Error(`example ${name} did not ingest`);
  return expectValidRecord((await entitiesExtractor()).extract(result.article));
}

/** Mentions whose text is one of `texts`. */
export const mentionsOf = (record: ArticleRecord, ...texts: string[]): MentionRecord[] =>
  record.mentions.filter((m) => texts.includes(m.text));

export const entityIds = (record: ArticleRecord): string[] => [...new Set(record.mentions.map((m) => m.entity))];
