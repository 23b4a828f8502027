import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPacks } from '../../src/lang/load-packs.js';
import { Linker } from '../../src/link/linker.js';
import { MemoryLinkRepository } from '../../src/link/memory-link-repository.js';
import { BANDS, hammingDistance, MAX_DISTANCE, parseSimHash, formatSimHash, simhash, simhashBands } from '../../src/link/simhash.js';
import { baseRecord } from './support/annotate-record.js';
import { FICTION_FILES } from './support/fiction-notes.js';
import { SEED_FILES } from './support/seed-notes.js';

describe('SimHash', () => {
  it('keeps a copy with a changed footer within the distance, and different texts far apart', async () => {
    const en = await baseRecord(SEED_FILES.en);
    const copy = await baseRecord(FICTION_FILES.copy);
    const ru = await baseRecord(SEED_FILES.ru);
    expect(hammingDistance(simhash(en.text), simhash(copy.text))).toBeLessThanOrEqual(MAX_DISTANCE);
    expect(hammingDistance(simhash(en.text), simhash(ru.text))).toBeGreaterThan(12);
    expect(hammingDistance(simhash(en.text), simhash(en.text.replace(/Tokayev/g, 'Kallen').slice(0, 4000)))).toBeGreaterThan(MAX_DISTANCE);
  });

  it('ignores spacing and punctuation', () => {
    const text = 'The council of the Ostrenian Union met in Port Vesna on Monday, and agreed on the water compact.';
    expect(hammingDistance(simhash(text), simhash(text.replace(/ /g, '  ').replace(/,/g, '')))).toBe(0);
  });

  it('round-trips through hex, and any two hashes within the distance share a band', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 0, max: 0xffffffff }),
      fc.array(fc.integer({ min: 0, max: 63 }), { maxLength: MAX_DISTANCE }), (hi, lo, flips) => {
        const a = { hi: hi >>> 0, lo: lo >>> 0 };
        expect(parseSimHash(formatSimHash(a))).toEqual(a);
        let b = a;
        for (const bit of flips) {
          b = bit < 32 ? { hi: (b.hi ^ (1 << bit)) >>> 0, lo: b.lo } : { hi: b.hi, lo: (b.lo ^ (1 << (bit - 32))) >>> 0 };
        }
        expect(hammingDistance(a, b)).toBeLessThanOrEqual(MAX_DISTANCE);
        const shared = simhashBands(a, 'en').filter((band) => simhashBands(b, 'en').includes(band));
        expect(shared.length).toBeGreaterThanOrEqual(BANDS - MAX_DISTANCE);
      }));
  });
});

describe('syndicated copies', () => {
  it('stores the same article under a second url once, as an extra url of the first', async () => {
    const repo = new MemoryLinkRepository();
    const linker = new Linker(repo, await loadPacks());
    const en = await baseRecord(SEED_FILES.en);
    const copy = await baseRecord(FICTION_FILES.copy);
    expect(copy.id).not.toBe(en.id);
    expect((await linker.add(en)).status).toBe('linked');
    const outcome = await linker.add(copy);
    expect(outcome).toMatchObject({ status: 'copy', of: en.id });
    const [stored] = await repo.findArticles([en.id]);
    expect(stored?.urls).toEqual([en.url, copy.url]);
    expect(await repo.findArticles([copy.id])).toEqual([]);
    expect((await linker.add(en)).status).toBe('unchanged');
  });

  it('does not take a translation, or an article of another length, for a copy', async () => {
    const repo = new MemoryLinkRepository();
    const linker = new Linker(repo, await loadPacks());
    const en = await baseRecord(SEED_FILES.en);
    await linker.add(en);
    expect((await linker.add(await baseRecord(SEED_FILES.ru))).status).toBe('linked');
    const half = { ...en, id: 'f00dfeedf00dfeed', url: 'https://elsewhere.example/half', text: en.text.slice(0, en.text.length / 2) };
    expect((await linker.add({ ...half, paragraphs: [], sentences: [] })).status).toBe('linked');
  });

  it('keeps templated bulletins apart: the same words around other figures are no copy', async () => {
    const bulletin = (rate: string, day: number, reserves: string, change: string) => [
      `The National Bank of Valdoria set the official exchange rate of the valdor at ${rate} per US dollar on ${day} March, the bank said in its daily bulletin.`,
      `Gold and foreign currency reserves stood at ${reserves} billion dollars at the close of trading, ${change} percent more than a week earlier.`,
      'The bank publishes the rate every working day at noon; commercial banks may set their own rates within the corridor announced by the board.',
      'Under the rules adopted by the board of the National Bank last year, the official rate is used for customs payments, for the accounts of state bodies and for the statistics of foreign trade, while exchange offices quote their own buying and selling prices.',
      'The bank reminds citizens that only licensed exchange offices may buy and sell foreign currency, and that every operation must be confirmed by a receipt showing the rate, the amount and the commission charged.',
      'Questions about the bulletin can be sent to the press office of the National Bank of Valdoria, which answers on working days between nine in the morning and six in the evening.',
      'The board of the National Bank meets eight times a year to decide on the base rate; the schedule of its meetings is published in January, and each decision is explained at a press conference on the same day.',
      'Market participants are advised to follow the official channels of the bank, since statements attributed to its staff in social networks are often inaccurate and are not a basis for any transaction.',
      'The archive of daily bulletins since the introduction of the valdor is available on the website of the bank, together with the methodology used to calculate the official rate from the results of the morning session.',
    ].join('\n\n');
    const base = await baseRecord(FICTION_FILES.kallenMarch10);
    const one = { ...base, id: 'aaaaaaaaaaaaaaaa', url: 'https://bulletins.example/1', text: bulletin('512.34', 3, '41.2', '0.8'), paragraphs: [], sentences: [], mentions: [] };
    const two = { ...one, id: 'bbbbbbbbbbbbbbbb', url: 'https://bulletins.example/2', text: bulletin('509.87', 4, '40.6', '1.3') };
    const copy = { ...one, id: 'cccccccccccccccc', url: 'https://mirror.example/1', text: `${one.text}\n\nSource: Valdoria Post.` };
    // SimHash alone cannot tell them apart: only the figures differ.
    expect(hammingDistance(simhash(one.text), simhash(two.text))).toBeLessThanOrEqual(MAX_DISTANCE);
    const repo = new MemoryLinkRepository();
    const linker = new Linker(repo, await loadPacks());
    await linker.add(one);
    expect((await linker.add(two)).status).toBe('linked');
    expect(await linker.add(copy)).toMatchObject({ status: 'copy', of: one.id });
  });

  it('needs an identical text below the minimum length', async () => {
    const repo = new MemoryLinkRepository();
    const linker = new Linker(repo, await loadPacks());
    const base = await baseRecord(FICTION_FILES.kallenMarch10);
    const short = { ...base, text: 'Valdoria backs the compact.', paragraphs: [], sentences: [] };
    await linker.add(short);
    expect((await linker.add({ ...short, id: '0123456789abcdef', url: 'https://other.example/a' })).status).toBe('copy');
    expect((await linker.add({ ...short, id: '0123456789abcde0', url: 'https://other.example/b', text: 'Valdoria backs the compacts.' })).status).toBe('linked');
  });

  it('knows a copy again when the original came without a url, and a new text at the own url is a version', async () => {
    const repo = new MemoryLinkRepository();
    const linker = new Linker(repo, await loadPacks());
    const en = { ...(await baseRecord(SEED_FILES.en)), url: null };
    const copy = await baseRecord(FICTION_FILES.copy);
    await linker.add(en);
    expect(await linker.add(copy)).toMatchObject({ status: 'copy', of: en.id });
    // Seen again (a second ingest of the same files): still a copy, never a new article.
    expect(await linker.add(copy)).toMatchObject({ status: 'copy', of: en.id });
    const [stored] = await repo.findArticles([en.id]);
    expect(stored).toMatchObject({ urls: [copy.url], ownUrl: null });

    const owned = await baseRecord(SEED_FILES.en);
    const repo2 = new MemoryLinkRepository();
    const linker2 = new Linker(repo2, await loadPacks());
    await linker2.add(owned);
    // The same url with an edited text is a new version of that article, which the store keeps.
    const edited = { ...owned, id: 'feedfacefeedface', text: `${owned.text}\n\nUpdated with a correction.` };
    expect((await linker2.add(edited)).status).toBe('linked');
  });
});
