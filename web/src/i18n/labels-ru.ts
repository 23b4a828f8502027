/** Надписи интерфейса на русском. Текст статей не переводится: это источник. */
import type { MeasureConcept, MeasureQualifier } from '../../../src/link/measure-types.js';
import type { Labels } from './labels-en.js';

const plural = (n: number, one: string, few: string, many: string) => {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
};

/** Показатели (src/link/measure-types.ts); доля и рост берут показатель в родительном падеже: «доля ВВП». */
const RU_MEASURES: Readonly<Record<string, string>> = {
  trade: 'торговля', exports: 'экспорт', imports: 'импорт', gdp: 'ВВП', market: 'рынок', revenue: 'доходы',
  investment: 'инвестиции', population: 'население', budget: 'бюджет', debt: 'долг', reserves: 'резервы',
  output: 'производство', aid: 'помощь', share: 'доля', growth: 'рост',
} satisfies Record<MeasureConcept, string>;
const RU_MEASURES_GENITIVE: Readonly<Record<string, string>> = {
  trade: 'торговли', exports: 'экспорта', imports: 'импорта', gdp: 'ВВП', market: 'рынка', revenue: 'доходов',
  investment: 'инвестиций', population: 'населения', budget: 'бюджета', debt: 'долга', reserves: 'резервов',
  output: 'производства', aid: 'помощи',
} satisfies Record<Exclude<MeasureConcept, 'share' | 'growth'>, string>;
const RU_QUALIFIERS: Readonly<Record<string, string>> = { intra: 'внутри региона', world: 'в мире', ai: 'ИИ', energy: 'энергетика', digital: 'цифровая сфера' } satisfies Record<MeasureQualifier, string>;

export const ru: Labels = {
  appName: 'Rostrum',
  tagline: 'Кто, что, где и когда сказал',
  navSearch: 'Поиск',
  navFigures: 'Цифры',
  navPlayground: 'Вставить статью',
  navDocs: 'API',
  uiLanguage: 'Язык интерфейса',

  searchPlaceholder: 'Поиск цитат, позиций, цифр, статей — 开发银行, Токаев, банк развития…',
  searchButton: 'Найти',
  results: (n, lowerBound) => `${lowerBound ? 'не менее ' : ''}${n} ${plural(n, 'результат', 'результата', 'результатов')}`,
  noResults: 'Ничего не найдено. Уберите фильтр или попробуйте другие слова.',
  previous: '← Назад',
  next: 'Дальше →',
  clearFilters: 'Сбросить фильтры',
  remove: 'убрать',
  facetType: 'Тип',
  facetSpeaker: 'Кто говорит',
  facetCountry: 'Страна',
  facetInitiative: 'Инициатива',
  facetLang: 'Язык',
  facetDates: 'Дата статьи',
  since: 'с',
  until: 'по',
  apply: 'Применить',
  type: { article: 'статья', quote: 'цитата', stance: 'позиция', figure: 'цифра' },
  lang: { zh: 'китайский', 'zh-Hant': 'китайский (традиционный)', ru: 'русский', kk: 'казахский', en: 'английский', und: 'не определён' },
  stance: {
    support: 'поддерживает', propose: 'предлагает', call: 'призывает', praise: 'высоко оценивает', welcome: 'приветствует',
    oppose: 'выступает против', thank: 'благодарит', congratulate: 'поздравляет',
  },
  approx: { exact: 'ровно', about: 'около', more_than: 'более', less_than: 'менее', up_to: 'до', at_least: 'не менее' },
  quoteKind: { direct: 'прямая речь', reported: 'косвенная речь' },
  undated: 'без даты',
  unknownSpeaker: 'говорящий не указан',
  openArticle: 'открыть статью',

  layers: 'Слои',
  layer: { speakers: 'Говорящие', quotes: 'Цитаты', stances: 'Позиции', figures: 'Цифры', times: 'Время', mentions: 'Другие сущности' },
  clickHint: 'Нажмите на выделенный фрагмент, чтобы увидеть, что извлечено и на каком основании.',
  details: 'Извлечено',
  span: 'Фрагмент',
  cue: 'Маркер',
  speaker: 'Говорящий',
  confidence: 'Уверенность',
  holder: 'Чья позиция',
  stanceColumn: 'Позиция',
  target: 'Объект',
  initiative: 'Инициатива',
  proposer: 'Автор',
  value: 'Значение',
  unit: 'Единица',
  approximation: 'Приближение',
  measures: 'Что измеряет',
  refersTo: 'Относится к',
  normalized: 'Нормализованное значение',
  timeType: 'Тип',
  entity: 'Сущность',
  via: 'Найдено по',
  metadata: 'Статья',
  credits: 'Авторство',
  source: 'Источник',
  date: 'Дата',
  language: 'Язык',
  articleId: 'Ид.',
  noTitle: '(без заголовка)',
  inThisArticle: 'В этой статье',
  counts: (q, s, f, t) => `цитат: ${q} · позиций: ${s} · цифр: ${f} · дат: ${t}`,

  names: 'Имена',
  roles: 'Должности',
  quotesOverTime: 'Цитаты по времени',
  stancesByTarget: 'Позиции по объектам',
  articles: 'Статьи',
  allLanguages: 'Все языки',
  nothingYet: 'В корпусе нет.',
  country: 'Страна',

  proposedBy: 'Автор инициативы',
  whoTookStances: 'Кто поддержал, одобрил, призвал или выступил против',
  timeline: 'Хронология',
  sources: 'Источники',
  unknownProposer: 'в корпусе не указан',

  figuresTitle: 'Реестр заявленных цифр',
  figuresIntro: 'Все цифры корпуса, сгруппированные по тому, что они измеряют, — кто и когда их назвал.',
  filterFigures: 'Фильтр цифр',
  anyUnit: 'любая единица',
  other: 'прочее',

  playgroundTitle: 'Вставить статью',
  playgroundIntro: 'Текст обрабатывается на сервере и показывается здесь; ничего не сохраняется.',
  pasteHere: 'Вставьте текст статьи. Первая строка «date ГГГГ-ММ-ДД» задаёт дату.',
  articleDate: 'Дата статьи',
  autoDetect: 'определить',
  extract: 'Извлечь',
  extracting: 'Извлечение…',
  loadSample: 'Загрузить вымышленный пример',

  navStatements: 'Высказывания',
  statementsTitle: 'Высказывания в разных источниках',
  statementsIntro: 'Одно и то же высказывание так, как его передало каждое издание, на всех языках, с основаниями для связи.',
  filterStatements: 'Текст, который есть в сообщении',
  speakerFilter: 'Спикер (имя или id)',
  anyKind: 'цитаты и позиции',
  kindName: { quote: 'цитаты', stance: 'позиции' } as Record<string, string>,
  minSizeLabel: 'сообщений не меньше',
  reports: (n: number) => `сообщений: ${n}`,
  canonical: 'Основная формулировка',
  evidence: 'Основания',
  evidenceKind: {
    speaker: 'тот же спикер', date: 'та же дата', figure: 'те же цифры', entity: 'те же участники', initiative: 'та же инициатива',
    time: 'то же время', text: 'похожий текст', position: 'то же место в статье',
  } as Record<string, string>,
  noStatements: 'Подходящих высказываний нет. Связывание идёт при загрузке (для старого корпуса — rostrum relink).',
  linkTimeline: 'Хронология позиций: каждая один раз, со всеми сообщениями',
  ledgerTitle: 'Утверждения рядом',
  ledgerIntro: 'Утверждения об одном показателе, охвате и годе: кто их сделал и все сообщения о них. Группа отмечена, если значения не могут быть верны одновременно даже с учётом «около» и «более».',
  ledgerSummary: (groups: number, flagged: number) => `показателей: ${groups}, с расхождением: ${flagged}`,
  onlyDisagreements: 'только расхождения',
  valuesDisagree: 'значения расходятся',
  noDisagreements: 'Расхождений нет.',
  noLedger: 'Ни одна цифра корпуса не сопоставлена с тем, что она измеряет.',
  ledgerUnavailable: 'Для группировки нужны таблицы связей: связывание идёт при загрузке (для старого корпуса — rostrum relink).',
  claimedBy: 'Кто утверждает',
  reportItself: 'само сообщение',
  claims: (n: number) => `${n} ${plural(n, 'утверждение', 'утверждения', 'утверждений')}`,
  disagreements: 'Расхождения',
  cannotBothHold: (a: string, b: string) => `${a} и ${b} не могут быть верны одновременно`,
  measureName: (concepts: readonly string[]) => {
    const [first, second] = concepts;
    if (first === undefined) return '';
    return second === undefined ? RU_MEASURES[first] ?? first : `${RU_MEASURES[first] ?? first} ${RU_MEASURES_GENITIVE[second] ?? second}`;
  },
  qualifier: RU_QUALIFIERS,
  unitName: { percent: 'проценты', count: 'количество' } as Record<string, string>,
  allFigures: 'Все цифры',
  loading: 'Загрузка…',
  errorPrefix: 'Ошибка',
  notFound: 'Не найдено.',
};
