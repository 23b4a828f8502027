/**
 * The bundled examples as a corpus: the seed, its translations and the fictional corpus
 * (examples/fiction), read through the same ingest and extraction as `rostrum extract`.
 * `rostrum demo` and the end-to-end tests load the same files.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createExtractor, type Extractor } from '../extract/extractor.js';
import { ingestPath } from '../ingest/index.js';
import type { IngestLink } from '../link/ingest-link-hook.js';
import type { CorpusWriter } from './corpus-reader.js';

/** `<repo>/examples`, from src/api (tests) or dist/api (built). */
export const EXAMPLES_DIR = fileURLToPath(new URL('../../examples/', import.meta.url));

const ARTICLE_FILE = /\.(txt|md|html?|json|jsonl)$/i;

/** Example files in a stable order; README-style notes (`README*`) are not articles. */
export function exampleFiles(root: string = EXAMPLES_DIR): string[] {
  const out: string[] = [];
  const walk = (dir: string, depth: number) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(dir, name);
      const stat = statSync(path, { throwIfNoEntry: false });
      if (!stat) continue;
      if (stat.isDirectory() && depth < 4 && !name.startsWith('.')) walk(path, depth + 1);
      else if (stat.isFile() && ARTICLE_FILE.test(name) && !/^readme/i.test(name)) out.push(path);
    }
  };
  walk(root, 0);
  return out;
}

export interface LoadSummary {
  readonly files: number;
  readonly stored: number;
  readonly unchanged: number;
  /** Syndicated copies: recorded as one more url of the article they copy, not stored. */
  readonly copies: number;
  readonly failures: readonly string[];
}

export async function loadFiles(
  corpus: CorpusWriter, files: readonly string[], extractor?: Extractor, link?: IngestLink,
): Promise<LoadSummary> {
  const ex = extractor ?? await createExtractor();
  let stored = 0;
  let unchanged = 0;
  let copies = 0;
  const failures: string[] = [];
  for (const file of files) {
    for (const result of await ingestPath(file)) {
      if (result.kind === 'failure') {
        failures.push(`${result.failure.source}: ${result.failure.reason}`);
        continue;
      }
      try {
        const record = ex.extract(result.article);
        // As `rostrum ingest` does: link first; a copy is not stored, a linking error is reported.
        const linked = link ? await link(record).catch((error: Error) => {
          failures.push(`${result.article.source}: linking failed (rostrum relink repairs it): ${error.message}`);
          return null;
        }) : null;
        if (linked?.copyOf) {
          copies += 1;
          continue;
        }
        const { created } = await corpus.addArticle(record, result.article.source);
        if (created) stored += 1;
        else unchanged += 1;
      } catch (error) {
        failures.push(`${result.article.source}: ${(error as Error).message}`);
      }
    }
  }
  return { files: files.length, stored, unchanged, copies, failures };
}
