/**
 * Linking, one article at a time, as articles are ingested: a syndicated copy becomes one more url
 * of the article it copies; anything else has its statements clustered with reports of the same
 * utterances, its figures filed as ledger claims and its initiative mentions counted. Each step
 * reads a few indexed rows and the article's results are written in one batch, so the cost per
 * article does not grow with the corpus. `relink` forgets everything and replays the records.
 */
import type { PackSet } from '../lang/pack-set.js';
import type { ArticleRecord } from '../record/article-record.js';
import { prepareLink, type LinkPrep } from './link-prep.js';
import type { LinkingRepository, LinkRepository } from './link-repository.js';
import { createMeasureMatcher, type MeasureMatcher } from './measure-matcher.js';
import { formatSimHash } from './simhash.js';
import { clusterStatements } from './statement-clusterer.js';
import { checkSyndication } from './syndication.js';

export type LinkOutcome =
  | { readonly status: 'unchanged'; readonly articleId: string }
  | { readonly status: 'copy'; readonly articleId: string; readonly of: string; readonly distance: number }
  | {
    readonly status: 'linked'; readonly articleId: string;
    /** Statements filed, how many joined an existing cluster, and ledger claims filed. */
    readonly statements: number; readonly joined: number; readonly claims: number;
  };

export interface RelinkSummary {
  readonly articles: number;
  readonly copies: number;
  readonly statements: number;
  readonly joined: number;
  readonly claims: number;
}

export class Linker {
  private readonly matcher: MeasureMatcher;

  constructor(readonly repo: LinkRepository, packs: PackSet) {
    this.matcher = createMeasureMatcher(packs);
  }

  /** What linking needs from the record alone (link-prep.ts); an ingest does it in its workers. */
  prepare(record: ArticleRecord): LinkPrep {
    return prepareLink(record, this.matcher);
  }

  /**
   * Links one record; `repo` overrides the linker's own (an ingest's write session passes its),
   * `prep` is the record's LinkPrep when it was worked out elsewhere.
   */
  add(record: ArticleRecord, repo: LinkRepository = this.repo, prep: LinkPrep = this.prepare(record)): Promise<LinkOutcome> {
    // Work that needs no stored rows was done before the lock is taken.
    return repo.atomically((locked) => linkPrepared(locked, prep));
  }

  /**
   * Forgets all link state and links `records` again. Incremental linking depends on arrival
   * order only through which report founds a cluster; replaying in (date, id) order — the caller's
   * job for a stream — makes a rebuild reproducible.
   */
  async relink(records: AsyncIterable<ArticleRecord> | Iterable<ArticleRecord>): Promise<RelinkSummary> {
    await this.repo.clear();
    let articles = 0;
    let copies = 0;
    let statements = 0;
    let joined = 0;
    let claims = 0;
    for await (const record of records) {
      const outcome = await this.add(record);
      articles++;
      if (outcome.status === 'copy') copies++;
      if (outcome.status === 'linked') {
        statements += outcome.statements;
        joined += outcome.joined;
        claims += outcome.claims;
      }
    }
    return { articles, copies, statements, joined, claims };
  }
}

/**
 * Links one article from its LinkPrep alone, through `repo`, which the caller holds locked (inside
 * `atomically`, or a link thread's session under the writer's lock: src/corpus/link-session.ts).
 * Its only writes are the last call it makes: `addUrl` for a copy, else `write`.
 */
export async function linkPrepared(repo: LinkingRepository, prep: LinkPrep): Promise<LinkOutcome> {
  const { subject, drafts, claims, mentions, facts } = prep;
  const check = await checkSyndication(subject, repo, facts, prep.hash);
  if (check.kind === 'same') return { status: 'unchanged', articleId: subject.id };
  if (check.kind === 'copy') {
    if (subject.url !== null) await repo.addUrl(check.of, subject.url);
    return { status: 'copy', articleId: subject.id, of: check.of, distance: check.distance };
  }
  const clustered = await clusterStatements(drafts, repo, await repo.nextSeq());
  await repo.write({
    article: {
      id: subject.id, lang: subject.lang, date: subject.date, length: subject.length,
      simhash: formatSimHash(check.hash), facts, urls: subject.url === null ? [] : [subject.url],
    },
    statements: clustered.statements,
    buckets: clustered.buckets,
    clusters: clustered.clusters,
    claims,
    mentions,
  });
  const joined = clustered.statements.filter((s) => s.clusterId !== s.key).length;
  return { status: 'linked', articleId: subject.id, statements: drafts.length, joined, claims: claims.length };
}

/** Records in the order `relink` should replay them: by date (undated last), then id. */
export function relinkOrder(a: Pick<ArticleRecord, 'date' | 'id'>, b: Pick<ArticleRecord, 'date' | 'id'>): number {
  return (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id.localeCompare(b.id);
}
