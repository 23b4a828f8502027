/**
 * Link tables for a corpus the API serves: for a database, its own link tables (as `rostrum
 * ingest` and `rostrum statements` open them); for an in-memory corpus, a repository in memory.
 * Gives the API's LinkSource, the ingest hook that links each record before it is stored (the
 * demo loads through it), and a close that leaves the database clean.
 */
import { loadPacks } from '../lang/load-packs.js';
import { ingestLinkHook, type IngestLink } from '../link/ingest-link-hook.js';
import type { LinkRepository } from '../link/link-repository.js';
import { Linker } from '../link/linker.js';
import { MemoryLinkRepository } from '../link/memory-link-repository.js';
import { openLinkTables } from '../store/open-link-repository.js';
import { lookupLinkSource, storeLinkSource, type LinkSource } from './link-source.js';
import type { Corpus } from './corpus-reader.js';
import { MemoryCorpus } from './memory-corpus.js';
import { StoreCorpus } from './store-adapter.js';

export interface CorpusLinks {
  readonly source: LinkSource;
  /** Links one record before it is stored; a copy comes back as `copyOf`. */
  readonly link: IngestLink;
  close(): Promise<void>;
}

async function withLinker(repo: LinkRepository, source: LinkSource, close: () => Promise<void>): Promise<CorpusLinks> {
  return { source, link: ingestLinkHook(new Linker(repo, await loadPacks())), close };
}

export async function storeLinks(corpus: StoreCorpus, target: string): Promise<CorpusLinks> {
  const tables = await openLinkTables(target);
  try {
    return await withLinker(tables.repo, storeLinkSource(tables.repo, corpus.store), () => tables.close());
  } catch (error) {
    await tables.close().catch(() => undefined);
    throw error;
  }
}

export function memoryLinks(corpus: MemoryCorpus): Promise<CorpusLinks> {
  const repo = new MemoryLinkRepository();
  return withLinker(repo, lookupLinkSource(repo, (value) => corpus.resolveEntities(value)), async () => undefined);
}

/**
 * The corpus `serve` and `demo` answer from, with its links: in memory, or the database `target`
 * names. Throws when the database cannot be opened, leaving nothing open.
 */
export async function openLinkedCorpus(target: string, inMemory: boolean): Promise<{ corpus: Corpus; links: CorpusLinks }> {
  if (inMemory) {
    const memory = new MemoryCorpus();
    return { corpus: memory, links: await memoryLinks(memory) };
  }
  const store = await StoreCorpus.open(target);
  try {
    return { corpus: store, links: await storeLinks(store, target) };
  } catch (error) {
    await store.close();
    throw error;
  }
}
