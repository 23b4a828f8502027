/**
 * Checks a record against the published JSON Schema and against what the schema cannot say:
 * every span's text equals the slice of `text` its offsets name.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ArticleRecord } from './article-record.js';

const schemaUrl = new URL('../../schema/rostrum.article-1.schema.json', import.meta.url);
let validator: ReturnType<Ajv2020['compile']> | undefined;

function compiled() {
  validator ??= new Ajv2020({ allErrors: true, strict: true }).compile(
    JSON.parse(readFileSync(schemaUrl, 'utf8')) as object,
  );
  return validator;
}

interface Spanish { start: number; end: number; text?: string }

/** All spans in a record, with a path naming where each sits (`quotes[3].cue`). */
export function* recordSpans(record: ArticleRecord): Generator<readonly [string, Spanish]> {
  for (const [i, s] of record.paragraphs.entries()) yield [`paragraphs[${i}]`, s];
  for (const [i, s] of record.sentences.entries()) yield [`sentences[${i}]`, s];
  for (const [i, s] of record.mentions.entries()) yield [`mentions[${i}]`, s];
  for (const [i, q] of record.quotes.entries()) {
    yield [`quotes[${i}]`, q];
    if (q.cue) yield [`quotes[${i}].cue`, q.cue];
  }
  for (const [i, f] of record.figures.entries()) {
    yield [`figures[${i}]`, f];
    if (f.subject) yield [`figures[${i}].subject`, f.subject];
  }
  for (const [i, t] of record.times.entries()) yield [`times[${i}]`, t];
  for (const [i, s] of record.stances.entries()) {
    yield [`stances[${i}]`, s];
    yield [`stances[${i}].target`, s.target];
  }
  for (const [i, e] of record.events.entries()) if (e.span) yield [`events[${i}].span`, e.span];
}

/** Problems found, empty when the record is valid. */
export function validateRecord(record: unknown): string[] {
  const validate = compiled();
  if (!validate(record)) {
    return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'invalid'}`);
  }
  const rec = record as ArticleRecord;
  const problems: string[] = [];
  for (const [path, span] of recordSpans(rec)) {
    if (span.end < span.start || span.end > rec.text.length) problems.push(`${path}: offsets ${span.start}..${span.end} out of range`);
    else if (span.text !== undefined && rec.text.slice(span.start, span.end) !== span.text) {
      problems.push(`${path}: text ${JSON.stringify(span.text)} differs from text.slice(${span.start}, ${span.end})`);
    }
  }
  const ids = new Set(rec.entities.map((e) => e.id));
  for (const [i, m] of rec.mentions.entries()) if (!ids.has(m.entity)) problems.push(`mentions[${i}]: entity ${m.entity} not in entities`);
  for (const [i, q] of rec.quotes.entries()) if (q.speaker && !ids.has(q.speaker)) problems.push(`quotes[${i}]: speaker ${q.speaker} not in entities`);
  return problems;
}
