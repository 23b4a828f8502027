/**
 * The linker's candidate indexes, held in memory: statements by the buckets they are filed under
 * (statement-buckets.ts) and articles by their SimHash bands (simhash.ts). Linking an article looks
 * up about a hundred keys and files about fifty; as database rows these were a third of linking's
 * cost — random b-tree reads, and random b-tree writes that every commit and checkpoint rewrote.
 * Here a lookup is a hash probe and filing is an append (keyed-lists.ts). The database stays the
 * record: everything here is rebuilt from the link tables, and a database's owner keeps it current
 * with what other processes linked (src/store/candidate-index-sync.ts).
 *
 * Strings are kept per article only. A statement is three integers: its article, its key's suffix
 * (`q3`, `s0`) and its cluster, as the sequence number of the statement that founded it; the rows
 * the clusterer reads are rebuilt from these.
 */
import { hashKey, KeyedLists, NONE } from './keyed-lists.js';
import type { ArticleHashRow, BucketRow } from './link-rows.js';
import { parseSimHash, simhashBands } from './simhash.js';
import { baseLang } from './statement-fingerprint.js';

/** One statement's candidate lookup: the buckets it looks in (statement-buckets.ts), and its article. */
export interface CandidateQuery {
  readonly buckets: readonly string[];
  readonly articleId: string;
}

/** How much of a crowded bucket is read and how many candidates are kept (statement-candidates.ts). */
export interface CandidateLimits {
  readonly perBucket: number;
  readonly clusters: number;
  readonly sample: number;
}

/** What the index keeps of a statement: its key, article, cluster and order. */
export interface IndexedStatement {
  readonly key: string;
  readonly articleId: string;
  readonly clusterId: string;
  readonly seq: number;
}

/** `#q12` → 24, `#s3` → 7: a quote or stance index with its kind in the low bit. */
const SUFFIX = /^#([qs])(\d{1,7})$/;

/** The hashes a statement's bucket strings are stored and looked up as. */
export function bucketHashes(buckets: readonly string[]): number[] {
  return buckets.map(hashKey);
}

/**
 * The hashes of the buckets each statement of a write batch is filed under, by statement key: what
 * the index files and what the tables store (candidate-index-sync.ts).
 */
export function filedHashes(buckets: readonly BucketRow[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const b of buckets) {
    const list = out.get(b.key);
    if (list) list.push(hashKey(b.bucket));
    else out.set(b.key, [hashKey(b.bucket)]);
  }
  return out;
}

/** The band keys an article is filed under, as syndication.ts looks them up. */
function articleBands(article: Pick<ArticleHashRow, 'lang' | 'simhash'>): string[] {
  return simhashBands(parseSimHash(article.simhash), baseLang(article.lang));
}

class IntColumn {
  data = new Int32Array(1024);

  set(i: number, value: number): void {
    if (i >= this.data.length) {
      const grown = new Int32Array(Math.max(i + 1, this.data.length * 2));
      grown.set(this.data);
      this.data = grown;
    }
    this.data[i] = value;
  }

  get(i: number): number {
    return this.data[i]!;
  }
}

export class CandidateIndex {
  private readonly ids: string[] = [];
  private readonly numbers = new Map<string, number>();
  private readonly langs: string[] = [];
  private readonly simhashes: string[] = [];
  private readonly lengths = new IntColumn();
  /** Each article's statements, when they came as one run of sequence numbers (they always do). */
  private readonly firstSeq = new IntColumn();
  private readonly statementCount = new IntColumn();
  /** Per sequence number: article, key suffix code (NONE: an unusual key, in `oddKeys`), cluster. */
  private readonly stArticle = new IntColumn();
  private readonly stSuffix = new IntColumn();
  private readonly stCluster = new IntColumn();
  private readonly oddKeys = new Map<number, string>();
  private readonly looseKeys = new Map<string, number>();
  /** Clusters whose founder is not indexed: numbered from -2 down (`NONE` is -1). */
  private readonly foreignClusters = new Map<string, number>();
  private readonly foreignNames: string[] = [];
  private readonly byBucket = new KeyedLists(1 << 14, 1 << 14);
  private readonly byBand = new KeyedLists(1 << 12, 1 << 12);
  private seqEnd = 0;
  private tally = new Int32Array(0);

  /** `generation`: which life of the link tables this mirrors (a relink starts a new one). */
  constructor(readonly generation: number) {}

  /** Articles indexed: the next article's number. */
  get articles(): number {
    return this.ids.length;
  }

  /** The next free statement sequence number: one past the highest indexed or reserved. */
  get nextSeq(): number {
    return this.seqEnd;
  }

  /**
   * Numbers below `next` are taken: the tables' counter, read when the index is synced, so the
   * index answers `nextSeq` for them even across a gap no statement row fills.
   */
  reserveSeq(next: number): void {
    this.seqEnd = Math.max(this.seqEnd, next);
  }

  hasArticle(id: string): boolean {
    return this.numbers.has(id);
  }

  /** Files an article under its SimHash bands. */
  addArticle(article: ArticleHashRow): void {
    const n = this.ids.length;
    this.ids.push(article.id);
    this.numbers.set(article.id, n);
    this.langs.push(article.lang);
    this.simhashes.push(article.simhash);
    this.lengths.set(n, article.length);
    this.firstSeq.set(n, NONE);
    this.statementCount.set(n, 0);
    for (const band of articleBands(article)) this.byBand.add(hashKey(band), n);
  }

  /**
   * Files what linking one article wrote: the article (unless already filed: a database's ids are
   * unique, and the in-memory repository keeps an article's first filing too) and its statements,
   * in order, with their hashes from `filedHashes`.
   */
  addLinked(article: ArticleHashRow, statements: readonly IndexedStatement[], hashes: ReadonlyMap<string, readonly number[]>): void {
    if (!this.numbers.has(article.id)) this.addArticle(article);
    for (const s of [...statements].sort((a, b) => a.seq - b.seq)) this.addStatement(s, hashes.get(s.key) ?? []);
  }

  /** Files a statement of an indexed article under its buckets (as `bucketHashes` gives them). */
  addStatement(s: IndexedStatement, buckets: readonly number[]): void {
    const n = this.numbers.get(s.articleId);
    if (n === undefined) throw new Error(`statement ${s.key} of an article the candidate index does not hold`);
    const { seq } = s;
    // Only the founder's number is kept: resolve the cluster before this statement can be found.
    const cluster = s.clusterId === s.key ? seq : this.clusterNumber(s.clusterId);
    const count = this.statementCount.get(n);
    const first = this.firstSeq.get(n);
    if (count === 0) this.firstSeq.set(n, seq);
    if (count > 0 && seq !== first + count) this.looseKeys.set(s.key, seq);
    else this.statementCount.set(n, count + 1);
    this.stArticle.set(seq, n);
    this.stCluster.set(seq, cluster);
    const suffix = s.key.startsWith(s.articleId) ? SUFFIX.exec(s.key.slice(s.articleId.length)) : null;
    if (suffix) this.stSuffix.set(seq, Number(suffix[2]) * 2 + (suffix[1] === 's' ? 1 : 0));
    else {
      this.stSuffix.set(seq, NONE);
      this.oddKeys.set(seq, s.key);
    }
    for (const h of buckets) this.byBucket.add(h, seq);
    this.seqEnd = Math.max(this.seqEnd, seq + 1);
  }

  /**
   * Candidate clusters per query (statement-candidates.ts): the clusters of the newest
   * `perBucket` statements of each bucket, other articles' only, ranked by how many hits each has
   * (ties by id); the best `clusters` of them, each with the keys of its `sample` earliest members
   * among the hits. Counted on integers: hits become strings only for the members kept.
   */
  rankClusters(queries: readonly CandidateQuery[], limits: CandidateLimits): Array<Map<string, string[]>> {
    const hashes = new Map<string, number>();
    const hashOf = (bucket: string) => {
      let h = hashes.get(bucket);
      if (h === undefined) hashes.set(bucket, (h = hashKey(bucket)));
      return h;
    };
    return queries.map(({ buckets, articleId }) => {
      const own = this.numbers.get(articleId) ?? NONE;
      // Hits per cluster: founders' numbers count in a reused array, foreign clusters in a map.
      const tally = this.tallyFor(this.seqEnd);
      const touched: number[] = [];
      const foreign = new Map<number, number>();
      const seen: number[] = [];
      for (const bucket of buckets) {
        let e = this.byBucket.newest(hashOf(bucket));
        for (let n = 0; n < limits.perBucket && e !== NONE; n++, e = this.byBucket.before(e)) {
          const seq = this.byBucket.valueAt(e);
          seen.push(seq);
          if (this.stArticle.data[seq] === own) continue;
          const c = this.stCluster.data[seq]!;
          if (c < 0) foreign.set(c, (foreign.get(c) ?? 0) + 1);
          else if (tally[c]!++ === 0) touched.push(c);
        }
      }
      const counts = new Map<number, number>();
      for (const c of touched) {
        counts.set(c, tally[c]!);
        tally[c] = 0;
      }
      for (const [c, n] of foreign) counts.set(c, n);
      const out = new Map<string, string[]>();
      if (counts.size === 0) return out;
      let kept = [...counts.keys()];
      if (kept.length > limits.clusters) {
        const ids = new Map(kept.map((c) => [c, this.clusterName(c)]));
        kept = kept.sort((a, b) => counts.get(b)! - counts.get(a)! || (ids.get(a)! < ids.get(b)! ? -1 : 1)).slice(0, limits.clusters);
      }
      // Members from every hit of a kept cluster, earliest first.
      const members = new Map<number, Set<number>>(kept.map((c) => [c, new Set()]));
      for (const seq of seen) members.get(this.stCluster.get(seq))?.add(seq);
      for (const c of kept) {
        const earliest = [...members.get(c)!].sort((a, b) => a - b).slice(0, limits.sample);
        out.set(this.clusterName(c), earliest.map((seq) => this.keyOf(seq)));
      }
      return out;
    });
  }

  /** The newest `perBand` articles filed under each band, each once. */
  articlesByBands(bands: readonly string[], perBand: number): ArticleHashRow[] {
    const seen = new Set<number>();
    for (const band of new Set(bands)) this.byBand.latest(hashKey(band), perBand, (n) => seen.add(n));
    return [...seen].map((n) => ({ id: this.ids[n]!, lang: this.langs[n]!, length: this.lengths.get(n), simhash: this.simhashes[n]! }));
  }

  private keyOf(seq: number): string {
    const code = this.stSuffix.get(seq);
    if (code === NONE) return this.oddKeys.get(seq)!;
    return `${this.ids[this.stArticle.get(seq)]}#${code & 1 ? 's' : 'q'}${code >> 1}`;
  }

  /** A zeroed counter per statement number (callers zero what they touched). */
  private tallyFor(size: number): Int32Array {
    if (this.tally.length < size) this.tally = new Int32Array(Math.max(size, this.tally.length * 2));
    return this.tally;
  }

  private clusterName(c: number): string {
    return c >= 0 ? this.keyOf(c) : this.foreignNames[-c - 2]!;
  }

  private clusterNumber(clusterId: string): number {
    const founder = this.seqOfKey(clusterId);
    if (founder !== undefined) return founder;
    let foreign = this.foreignClusters.get(clusterId);
    if (foreign === undefined) {
      foreign = -2 - this.foreignNames.length;
      this.foreignNames.push(clusterId);
      this.foreignClusters.set(clusterId, foreign);
    }
    return foreign;
  }

  /** An indexed statement's sequence number by its key: a scan of its article's few statements. */
  private seqOfKey(key: string): number | undefined {
    const loose = this.looseKeys.get(key);
    if (loose !== undefined) return loose;
    const hash = key.lastIndexOf('#');
    const n = hash < 0 ? undefined : this.numbers.get(key.slice(0, hash));
    if (n === undefined) return undefined;
    const first = this.firstSeq.get(n);
    for (let seq = first; seq < first + this.statementCount.get(n); seq++) if (this.keyOf(seq) === key) return seq;
    return undefined;
  }
}
