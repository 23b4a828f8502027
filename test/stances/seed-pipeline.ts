/**
 * The seed and its translations through the whole pipeline. Until the quotes, stances and events
 * stages are registered in src/extract/stages.ts, they are appended here in their configured
 * order, so these tests run the same code either way.
 */
import { createExtractor, type Extractor } from '../../src/extract/extractor.js';
import { eventsStage } from '../../src/extract/events/events-stage.js';
import { quotesStage } from '../../src/extract/quotes/quotes-stage.js';
import type { StageDefinition } from '../../src/extract/stage.js';
import { STAGES } from '../../src/extract/stages.js';
import { stancesStage } from '../../src/extract/stances/stances-stage.js';
import type { ArticleRecord } from '../../src/record/article-record.js';
import { exampleUrl } from '../support/extract-text.js';
import { expectValidRecord } from '../support/record-assertions.js';

let extractor: Promise<Extractor> | undefined;

function pipeline(): readonly StageDefinition[] {
  const names = new Set(STAGES.map((s) => s.name));
  return [...STAGES, ...[quotesStage, stancesStage, eventsStage].filter((s) => !names.has(s.name))];
}

const cache = new Map<string, Promise<ArticleRecord>>();

export function seedRecord(suffix: '' | '.ru' | '.en' | '.kk'): Promise<ArticleRecord> {
  let record = cache.get(suffix);
  if (!record) {
    record = (async () => {
      extractor ??= createExtractor(pipeline());
      const { ingestPath } = await import('../../src/ingest/index.js');
      const [result] = await ingestPath(exampleUrl(`000_57bb135459f8ca34${suffix}.txt`).pathname);
      if (!result || result.kind !== 'article') throw new Error(`seed ${suffix} did not ingest`);
      return expectValidRecord((await extractor).extract(result.article));
    })();
    cache.set(suffix, record);
  }
  return record;
}
