/**
 * Extraction in a given pack's language, for corpora: the paragraph language is set rather than
 * identified, since a short Kazakh string without Kazakh-only letters reads as Russian.
 */
import { Extractor } from '../../src/extract/extractor.js';
import { figuresStage } from '../../src/extract/figures/figures-stage.js';
import type { StageDefinition } from '../../src/extract/stage.js';
import { timesStage } from '../../src/extract/times/times-stage.js';
import { loadPacks } from '../../src/lang/load-packs.js';
import type { ArticleRecord } from '../../src/record/article-record.js';
import { paragraphOffsets } from '../../src/text/normalize-text.js';
import { sentencesStage } from '../../src/text/sentences-stage.js';
import { expectValidRecord } from '../support/record-assertions.js';

const paragraphsInDocLanguage: StageDefinition = {
  name: 'paragraphs',
  reads: [],
  writes: ['paragraphs'],
  create: () => (doc) => doc.set('paragraphs', paragraphOffsets(doc.text).map((p) => ({ ...p, lang: doc.lang }))),
};

let shared: Promise<Extractor> | undefined;

export async function extractIn(lang: string, body: string, date: string | null): Promise<ArticleRecord> {
  shared ??= loadPacks().then((packs) => new Extractor(packs, [paragraphsInDocLanguage, sentencesStage, timesStage, figuresStage]));
  const record = (await shared).extract({ source: 'corpus', url: null, title: null, date, lang, body, credits: [] }, { lang });
  return expectValidRecord(record);
}
