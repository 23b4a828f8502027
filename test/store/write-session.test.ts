/**
 * Write sessions, every dialect: several articles in one transaction, each all or nothing inside
 * it (a savepoint each), nothing visible to other connections until the commit, and the link
 * tables written on the same connection.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPacks } from '../../src/lang/load-packs.js';
import { Linker } from '../../src/link/linker.js';
import { MemoryLinkRepository } from '../../src/link/memory-link-repository.js';
import type { ArticleRecord } from '../../src/record/article-record.js';
import { openStore } from '../../src/store/open-store.js';
import { prepareUnits } from '../../src/store/prepare-units.js';
import type { Store } from '../../src/store/store.js';
import { EN, FICTIONAL_RECORDS, RU, ZH, buildRecord } from './fixtures/fictional-records.js';
import { TARGETS, dialectsToTest, type TestTarget } from './store-targets.js';

/** A record the database rejects half way through its write (a quote without text). */
function brokenRecord(): ArticleRecord {
  const base = { ...buildRecord({ url: null, date: null, lang: 'en', text: 'A broken report about Marenia.', entities: [] }), id: '2222222222222222' };
  return { ...base, quotes: [{ start: 0, end: 8, text: null, kind: 'direct', speaker: null, confidence: 1 }] } as unknown as ArticleRecord;
}

describe.each(await dialectsToTest())('write sessions on %s', (dialect) => {
  let target: TestTarget;
  let store: Store;
  let reader: Store;

  beforeAll(async () => {
    target = await TARGETS[dialect]();
    store = await openStore(target.target);
    reader = await openStore(target.target);
  }, 60_000);

  afterAll(async () => {
    await reader?.close();
    await store?.close();
    await target?.dispose();
  });

  it('commits a batch at once, and a failing article undoes only its own rows', async () => {
    const outcomes: string[] = [];
    await store.writeSession(async (session) => {
      outcomes.push((await session.putArticle(EN, { source: 'batch' })).status);
      await expect(session.putArticle(brokenRecord())).rejects.toThrow();
      outcomes.push((await session.putArticle(ZH, { source: 'batch', units: prepareUnits(ZH) })).status);
      // Not committed yet: another connection sees none of it.
      expect(await reader.getArticle(EN.id)).toBeNull();
    });
    expect(outcomes).toEqual(['inserted', 'inserted']);
    expect(await reader.getArticle(EN.id)).not.toBeNull();
    expect(await reader.getArticle(ZH.id)).not.toBeNull();
    expect(await reader.getArticle(brokenRecord().id)).toBeNull();
    // Units analyzed in advance are searchable like units the store analyzed itself.
    const zhHits = await reader.search({ text: '卡伦', type: 'article', limit: null });
    expect(zhHits.map((h) => h.article.id)).toContain(ZH.id);
  });

  it('rolls the whole batch back when the session fails', async () => {
    const before = await reader.counts();
    await expect(store.writeSession(async (session) => {
      await session.putArticle(RU);
      throw new Error('the batch failed');
    })).rejects.toThrow('the batch failed');
    expect(await reader.getArticle(RU.id)).toBeNull();
    expect(await reader.counts()).toEqual(before);
  });

  it('links on the session connection; a failed savepoint undoes its link rows', async () => {
    const linker = new Linker(new MemoryLinkRepository(), await loadPacks());
    await store.writeSession(async (session) => {
      await session.savepoint(() => linker.add(EN, session.links));
      await expect(session.savepoint(async () => {
        await linker.add(RU, session.links);
        throw new Error('linking failed');
      })).rejects.toThrow('linking failed');
    });
    const linked = await reader.writeSession(async (session) => session.links.findArticles([EN.id, RU.id]));
    expect(linked.map((a) => a.id)).toEqual([EN.id]);
    expect(linked[0]!.urls).toEqual(EN.url === null ? [] : [EN.url]);
  });

  it('stores the remaining fictional records in one session, each once', async () => {
    const rest = FICTIONAL_RECORDS.filter((r) => ![EN.id, ZH.id].includes(r.id));
    const statuses = await store.writeSession(async (session) => {
      const out: string[] = [];
      for (const r of [...rest, EN]) out.push((await session.putArticle(r)).status);
      return out;
    });
    expect(statuses.at(-1)).toBe('unchanged');
    expect(statuses.slice(0, -1).every((s) => s === 'inserted')).toBe(true);
    expect((await reader.counts()).articles).toBe(FICTIONAL_RECORDS.length);
  });
});
