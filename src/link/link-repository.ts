/**
 * Where link state lives. The linker reads a few indexed lookups per article and writes one batch;
 * the views read filtered rows and aggregate them in code. memory-link-repository.ts keeps it in
 * maps (tests, `rostrum relink --dry-run`, benchmarks); the store keeps it in link tables.
 *
 * Every lookup is by an indexed key (article id, SimHash band, candidate bucket, cluster id,
 * initiative id, ledger key): linking one article never scans the corpus. Bands and buckets are
 * looked up in memory (candidate-index.ts) in both.
 */
import type { CandidateLimits, CandidateQuery } from './candidate-index.js';
import type {
  ArticleHashRow, ClaimRow, ClusterRow, InitiativeMentionRow, LinkedArticleRow, LinkingStatement, LinkWriteBatch, StatementKind, StatementRow,
} from './link-rows.js';

export interface ClusterFilter {
  readonly kind?: StatementKind;
  /** Clusters whose speaker (for stances: the speaker, else the holder) is this entity id. */
  readonly speaker?: string;
  /** `YYYY-MM-DD` bounds on the cluster's dates, inclusive. */
  readonly from?: string;
  readonly to?: string;
  readonly minSize?: number;
  readonly limit?: number;
  readonly offset?: number;
}

export interface ClaimFilter {
  readonly ledgerKey?: string;
  readonly measure?: string;
  /** Claims whose scope includes this entity id. */
  readonly scope?: string;
  readonly year?: string;
  readonly unit?: string;
}

export interface LinkRepository {
  /**
   * Runs `work` against a view of this repository inside one write transaction that no other
   * linker can interleave with (a database lock), so an article's reads and its write agree.
   */
  atomically<T>(work: (repo: LinkRepository) => Promise<T>): Promise<T>;
  findArticles(ids: readonly string[]): Promise<LinkedArticleRow[]>;
  /**
   * Articles filed under any of these SimHash band keys: at most `perBand` of each band, the most
   * recently filed. A band shared by very many articles is boilerplate (a template, a standing
   * disclaimer); a copy is usually filed soon after its original, and shares several bands with it.
   */
  articlesByBands(bands: readonly string[], perBand: number): Promise<ArticleHashRow[]>;
  /** Records another url for a stored article (a syndicated copy); a url already known is ignored. */
  addUrl(articleId: string, url: string): Promise<void>;
  /**
   * Per query, the candidate clusters its buckets turn up, ranked, with the keys of their earliest
   * members among the hits (CandidateIndex.rankClusters): no statement is read for this.
   */
  candidateClusters(queries: readonly CandidateQuery[], limits: CandidateLimits): Promise<Array<Map<string, string[]>>>;
  /** Statements by key, as linking reads them (without their text and evidence). */
  statementsByKeys(keys: readonly string[]): Promise<LinkingStatement[]>;
  /** Every statement of these articles, in insertion order: alignment reads the anchored ones. */
  statementsOfArticles(articleIds: readonly string[]): Promise<StatementRow[]>;
  statementsInClusters(clusterIds: readonly string[]): Promise<StatementRow[]>;
  clustersById(ids: readonly string[]): Promise<ClusterRow[]>;
  /** Applies everything one article's linking produced, atomically. */
  write(batch: LinkWriteBatch): Promise<void>;

  /** Newest first (by the cluster's last date), then by id. */
  listClusters(filter: ClusterFilter): Promise<ClusterRow[]>;
  /** Stance statements whose target or mentions include the initiative. */
  stancesForInitiative(initiative: string): Promise<StatementRow[]>;
  initiativeMentions(initiative: string): Promise<InitiativeMentionRow[]>;
  listClaims(filter: ClaimFilter): Promise<ClaimRow[]>;
  /** The next free statement sequence number. */
  nextSeq(): Promise<number>;
  /**
   * Forgets everything before `relink`, except the urls of syndicated copies: copies are never
   * stored anywhere else, so a rebuild from the stored articles could not find them again.
   */
  clear(): Promise<void>;
}

/**
 * What linking one article reads and writes (linker.ts `linkPrepared`): a link thread's session
 * (src/store/pending-link-repository.ts) provides only this, over rows not yet committed.
 */
export type LinkingRepository = Pick<LinkRepository,
  'findArticles' | 'articlesByBands' | 'addUrl' | 'candidateClusters' | 'statementsByKeys' | 'statementsOfArticles' | 'clustersById'
  | 'write' | 'nextSeq'>;
