/**
 * The link layer as the API sees it: the repository its views read, and how a name given as a
 * filter (`speaker=Tokayev`, `entity=托卡耶夫`) becomes entity ids, the way the CLI resolves it
 * through the Store. Optional everywhere: a corpus without link tables answers without them.
 */
import type { LinkRepository } from '../link/link-repository.js';
import type { EntityType } from '../record/article-record.js';
import type { Store } from '../store/store.js';

export interface LinkSource {
  readonly repo: LinkRepository;
  /** Ids the value stands for: an id stands for itself. */
  resolve(value: string, types?: readonly EntityType[]): Promise<string[]>;
}

const ENTITY_ID = /^[a-z]+:\S+$/;

export function storeLinkSource(repo: LinkRepository, store: Pick<Store, 'resolveEntities'>): LinkSource {
  return {
    repo,
    resolve: async (value, types) => (ENTITY_ID.test(value.trim()) ? [value.trim()] : store.resolveEntities(value, types)),
  };
}

/** For in-memory corpora: names resolved by the corpus's own lookup. */
export function lookupLinkSource(repo: LinkRepository, resolve: (value: string) => Iterable<string>): LinkSource {
  return { repo, resolve: async (value) => [...resolve(value)] };
}
