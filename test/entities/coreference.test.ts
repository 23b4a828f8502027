/**
 * Salience, bare titles, short forms, pronouns and role by date inside the stage, over the
 * fictional gazetteer (test/entities/fictional-gazetteer.ts), where every term is known.
 */
import { describe, expect, it } from 'vitest';
import { createEntitiesStage } from '../../src/extract/entities/entities-stage.js';
import { Extractor } from '../../src/extract/extractor.js';
import { loadPacks } from '../../src/lang/load-packs.js';
import { paragraphsStage } from '../../src/text/paragraphs-stage.js';
import { sentencesStage } from '../../src/text/sentences-stage.js';
import { expectValidRecord } from '../support/record-assertions.js';
import { entitiesOf } from './entities-support.js';
import { fictionalGazetteer } from './fictional-gazetteer.js';

const extractor = loadPacks().then((packs) =>
  new Extractor(packs, [paragraphsStage, sentencesStage, createEntitiesStage(fictionalGazetteer)]));

async function mentionsIn(body: string, date: string, lang = 'en') {
  const record = expectValidRecord((await extractor).extract(
    { source: 'test', url: null, title: null, date, lang: null, body, credits: [] }, { lang }));
  return record.mentions.map((m) => `${m.text}→${m.entity}[${m.via}]`);
}

describe('salience and bare titles', () => {
  const speech = 'The Head of State thanked the hosts. “We value this partnership,” Kallen said. Kallen noted that trade grew.';

  it('reads a bare title before any name as the main speaker, a serving president', async () => {
    expect(await mentionsIn(speech, '2023-01-01')).toEqual([
      'Head of State→person:arvid-kallen[coref]', 'Kallen→person:arvid-kallen[alias]', 'Kallen→person:arvid-kallen[alias]',
    ]);
  });

  it('does not take a bare surname for a former president with nothing else to go on', async () => {
    expect(await mentionsIn(speech, '2025-01-01')).toEqual([]);
  });

  it('takes the surname once the full name is in the article; a bare title then means the serving holder', async () => {
    // Kallen left office in 2024: the head of state of his country on the article date is Tessel.
    expect(await mentionsIn(`Arvid Kallen visited Marenia. ${speech}`, '2025-01-01')).toEqual([
      'Arvid Kallen→person:arvid-kallen[alias]', 'Marenia→country:marenia[alias]', 'Head of State→person:mira-tessel[coref]',
      'Kallen→person:arvid-kallen[coref]', 'Kallen→person:arvid-kallen[coref]',
    ]);
  });

  it('reads a bare title as the holder in the article country when the main person holds no such office', async () => {
    const text = 'Marenian Foreign Minister Irena Ostrova arrived in Valdoria. Ostrova met the press. The President later received the guests.';
    expect(await mentionsIn(text, '2025-01-01')).toEqual([
      'Marenian→country:marenia[alias]', 'Irena Ostrova→person:irena-ostrova[alias]', 'Valdoria→country:valdoria[alias]',
      'Ostrova→person:irena-ostrova[coref]',
    ]);
  });

  it('leaves a bare title that does not open its sentence alone', async () => {
    expect(await mentionsIn('Kallen said that the President would travel.', '2023-01-01')).toEqual([
      'Kallen→person:arvid-kallen[alias]',
    ]);
  });
});

describe('role by date in the text', () => {
  it('resolves a country title to the holder on the article date', async () => {
    expect(await mentionsIn("Valdoria's President arrived.", '2020-01-01')).toEqual([
      'Valdoria→country:valdoria[alias]', 'President→person:arvid-kallen[title]',
    ]);
    expect(await mentionsIn("Valdoria's President arrived.", '2025-01-01')).toEqual([
      'Valdoria→country:valdoria[alias]', 'President→person:mira-tessel[title]',
    ]);
    expect(await mentionsIn('Президент Валдории прибыл.', '2025-01-01', 'ru')).toEqual([
      'Президент→person:mira-tessel[title]', 'Валдории→country:valdoria[alias]',
    ]);
    expect(await mentionsIn('瓦尔多利亚总统抵达。', '2020-01-01', 'zh')).toEqual([
      '瓦尔多利亚→country:valdoria[alias]', '总统→person:arvid-kallen[title]',
    ]);
  });

  it('resolves an organisation title the same way', async () => {
    expect(await mentionsIn('The Ostrenian Union Secretary-General arrived.', '2023-01-01')).toEqual([
      'Ostrenian Union→organization:ostrenian-union[alias]', 'Secretary-General→person:teodor-brask[title]',
    ]);
  });

  it('picks, of two people sharing a short form, the one the title fits', async () => {
    expect(await mentionsIn('Foreign Minister Kallen arrived.', '2015-01-01')).toEqual(['Kallen→person:arvid-kallen[alias]']);
  });
});

describe('pronouns', () => {
  it('skip a candidate of the other gender', async () => {
    const record = await entitiesOf(
      'Министр иностранных дел Марении Ирена Янисовна Острова встретилась с Президентом Валдории Арвидом Яновичем Калленом. Она поблагодарила коллегу. Он ответил на вопросы.',
      { lang: 'ru' });
    const byText = Object.fromEntries(record.mentions.map((m) => [m.text, m.entity]));
    expect(byText['Она']).toBe(byText['Ирена Янисовна Острова']);
    expect(byText['Он']).toBe(byText['Арвидом Яновичем Калленом']);
    expect(byText['Она']).not.toBe(byText['Он']);
  });

  it('look back no further than two paragraphs', async () => {
    const record = await entitiesOf('President of Valdoria Arvid Kallen arrived.\n\nA.\n\nB.\n\nC.\n\nHe left.', { lang: 'en' });
    expect(record.mentions.map((m) => m.text)).toEqual(['Arvid Kallen']);
  });
});
