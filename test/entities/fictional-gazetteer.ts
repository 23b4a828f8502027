/**
 * A small fictional gazetteer for tests that need full control over who held which office when:
 * Valdoria and Marenia, their presidents and ministers, and the Ostrenian Union.
 */
import { Gazetteer } from '../../src/gazetteer/gazetteer.js';
import type { GazetteerEntry } from '../../src/gazetteer/gazetteer-entry.js';

export const FICTIONAL_ENTRIES: readonly GazetteerEntry[] = [
  {
    id: 'country:valdoria', type: 'country',
    names: { en: ['Valdoria', 'Republic of Valdoria'], zh: ['瓦尔多利亚'], ru: ['Валдория'], kk: ['Валдория'] },
    adjectives: { en: ['Valdorian'], ru: ['валдорийский'] },
  },
  {
    id: 'country:marenia', type: 'country',
    names: { en: ['Marenia'], zh: ['马雷尼亚'], ru: ['Марения'], kk: ['Марения'] },
    adjectives: { en: ['Marenian'] },
  },
  {
    id: 'organization:ostrenian-union', type: 'organization',
    names: { en: ['Ostrenian Union'], zh: ['奥斯特伦联盟'], ru: ['Остренский союз'], kk: ['Острен одағы'] },
  },
  {
    id: 'person:arvid-kallen', type: 'person', country: 'country:valdoria',
    names: { en: ['Arvid Kallen'], zh: ['阿尔维德·卡伦'], ru: ['Арвид Каллен'], kk: ['Арвид Каллен'] },
    short: { en: ['Kallen'], zh: ['卡伦'], ru: ['Каллен'], kk: ['Каллен'] },
    roles: [
      { role: 'foreign-minister', of: 'country:valdoria', from: '2012', to: '2019-05' },
      { role: 'president', of: 'country:valdoria', from: '2019-06-01', to: '2024-05-31' },
    ],
  },
  {
    id: 'person:mira-tessel', type: 'person', country: 'country:valdoria',
    names: { en: ['Mira Tessel'], zh: ['米拉·泰塞尔'], ru: ['Мира Тессел'], kk: ['Мира Тессел'] },
    short: { en: ['Tessel'], ru: ['Тессел'] },
    roles: [{ role: 'president', of: 'country:valdoria', from: '2024-06-01', to: null }],
  },
  {
    id: 'person:irena-ostrova', type: 'person', country: 'country:marenia',
    names: { en: ['Irena Ostrova'], zh: ['伊雷娜·奥斯特罗娃'], ru: ['Ирена Острова'], kk: ['Ирена Острова'] },
    short: { en: ['Ostrova'], ru: ['Острова'] },
    roles: [{ role: 'foreign-minister', of: 'country:marenia', from: '2021-03-01', to: null }],
  },
  {
    id: 'person:teodor-brask', type: 'person', country: 'country:marenia',
    names: { en: ['Teodor Brask'], ru: ['Теодор Браск'] },
    roles: [{ role: 'secretary-general', of: 'organization:ostrenian-union', from: '2022', to: null }],
  },
];

export const fictionalGazetteer = (): Gazetteer => new Gazetteer(FICTIONAL_ENTRIES);
