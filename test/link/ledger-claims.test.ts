/**
 * What the ledger makes of single figures: measure, qualifiers, scope, unit and year, on short
 * fictional texts in each language, and what it leaves out.
 */
import { describe, expect, it } from 'vitest';
import { loadPacks } from '../../src/lang/load-packs.js';
import { claimsOf, ledgerKey } from '../../src/link/ledger-claims.js';
import { createMeasureMatcher } from '../../src/link/measure-matcher.js';
import { RecordSpans } from '../../src/link/record-spans.js';
import { annotate, textRecord, type ArticleNotes } from './support/annotate-record.js';

const VALDORIA = 'country:valdoria';
const UNION = 'organization:ostrenian-union';

async function claims(body: string, lang: string, notes: Partial<ArticleNotes>) {
  const record = annotate(await textRecord(body, { lang, date: '2025-03-10' }), { aliases: {}, ...notes });
  return claimsOf(record, new RecordSpans(record), createMeasureMatcher(await loadPacks()));
}

describe('ledger claims', () => {
  it('reads measure, qualifier, scope and year from the clause, the sentence and the paragraph', async () => {
    const [c] = await claims('The Ostrenian Union grew quickly. Trade within the region rose, and last year it exceeded $40 billion.', 'en', {
      aliases: { [UNION]: ['Ostrenian Union'] },
      figures: [{ text: '$40 billion', value: 4e10, unit: 'USD', approx: 'more_than' }],
      times: [{ text: 'last year', value: '2024' }],
    });
    expect(c).toMatchObject({ measure: 'trade', qualifiers: ['intra'], scope: [UNION], unit: 'USD', year: '2024', claimant: null });
    expect(c!.ledgerKey).toBe(ledgerKey(c!));
  });

  it('combines a share with what it is a share of, in Russian and Kazakh forms', async () => {
    const [ru] = await claims('Доля Валдории в мировом ВВП достигла 2%.', 'ru', {
      aliases: { [VALDORIA]: ['Валдори'] }, figures: [{ text: '2%', value: 2, unit: 'percent' }],
    });
    expect(ru).toMatchObject({ measure: 'share:gdp', qualifiers: ['world'], scope: [VALDORIA], year: '2025' });
    const [kk] = await claims('Валдорияның әлемдік ішкі жалпы өнімдегі үлесі 2%-ға жетті.', 'kk', {
      aliases: { [VALDORIA]: ['Валдория'] }, figures: [{ text: '2%', value: 2, unit: 'percent' }],
    });
    expect(kk?.ledgerKey).toBe(ru?.ledgerKey);
  });

  it("takes the claimant from the quote holding the figure, never as the figure's scope", async () => {
    const [c] = await claims("“Valdoria's exports reached $3 billion,” Kallen said.", 'en', {
      aliases: { 'person:arvid-kallen': ['Kallen'], [VALDORIA]: ['Valdoria'] },
      quotes: [{ text: "Valdoria's exports reached $3 billion", speaker: 'person:arvid-kallen' }],
      figures: [{ text: '$3 billion', value: 3e9, unit: 'USD' }],
    });
    expect(c).toMatchObject({ measure: 'exports', claimant: 'person:arvid-kallen', scope: [VALDORIA] });
    expect(c!.statementKey).toMatch(/#q0$/);
  });

  it('counts only what a count measures next to it', async () => {
    const population = await claims('Valdoria has a population of 19 million.', 'en', {
      aliases: { [VALDORIA]: ['Valdoria'] }, figures: [{ text: '19 million', value: 1.9e7, unit: 'count' }],
    });
    expect(population.map((c) => c.measure)).toEqual(['population']);
    const things = await claims('Goods crossing between two member states are counted, re-exports are not.', 'en', {
      figures: [{ text: 'two', value: 2, unit: 'count' }],
    });
    expect(things).toEqual([]);
  });

  it('leaves out figures with no measure, and units the ledger does not compare', async () => {
    const none = await claims('Kallen visited 12 cities in 2024 and marked the 30th anniversary of the union.', 'en', {
      figures: [{ text: '12', value: 12, unit: 'count' }, { text: '30th anniversary', value: 30, unit: 'anniversary' }],
    });
    expect(none).toEqual([]);
  });
});
