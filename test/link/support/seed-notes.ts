/**
 * Notes for hand-built records of the seed speech in three outlets (zh seed, en and ru
 * translations): the entities, quotes, figures, times and stances an extractor should find, by
 * surface. The same stance or quote has the same position in each list, which is the gold
 * standard the clustering precision and recall are measured against.
 */
import type { ArticleNotes, FigureNote, StanceNote, TimeNote } from './annotate-record.js';

const TOKAYEV = 'person:kassym-jomart-tokayev';
const KZ = 'country:kz';
const CN = 'country:cn';
const XI = 'person:xi-jinping';

export const SEED_FILES = {
  zh: 'steppe-herald/2025-09-01-tianjin-speech.zh.md',
  en: 'caspian-wire/2025-09-01-tianjin-speech.en.md',
  ru: 'volga-courier/2025-09-01-tianjin-speech.ru.md',
} as const;

export type SeedLang = keyof typeof SEED_FILES;

const ALIASES: Record<SeedLang, Record<string, string[]>> = {
  zh: {
    [TOKAYEV]: ['托卡耶夫'], [KZ]: ['哈萨克斯坦'], [CN]: ['中华人民共和国', '中国'], [XI]: ['习近平'],
    'organization:sco': ['上海合作组织', '上合组织', '本组织'], 'organization:cica': ['亚信会议'], 'country:af': ['阿富汗'],
    'organization:aifc': ['阿斯塔纳国际金融中心'], 'country:ru': ['俄罗斯'], 'country:mn': ['蒙古'], 'organization:un': ['联合国'],
    'country:kg': ['吉尔吉斯斯坦', '吉尔吉斯共和国'], 'person:sadyr-japarov': ['萨德尔·扎帕罗夫'],
    'place:tianjin': ['天津'], 'place:almaty': ['阿拉木图'], 'place:astana': ['阿斯塔纳'], 'place:aktau': ['阿克套'],
    'initiative:sco-development-bank': ['上合组织开发银行'], 'initiative:shanghai-spirit': ['上海精神'],
    'initiative:three-evils': ['三股势力'], 'initiative:global-development-initiative': ['全球发展倡议'],
    'initiative:global-security-initiative': ['全球安全倡议'], 'initiative:global-civilization-initiative': ['全球文明倡议'],
    'initiative:global-governance-initiative': ['全球治理倡议'], 'initiative:sco-development-strategy-2035': ['上合组织未来10年发展战略'],
    'initiative:sco-four-security-centres': ['四个安全中心'], 'initiative:belt-and-road': ['一带一路'],
    'initiative:trans-altai-dialogue': ['跨阿尔泰对话'], 'initiative:international-organization-for-ai-cooperation': ['人工智能合作国际组织'],
    'initiative:sco-water-resources-research-centre': ['上合组织水资源研究中心'], 'initiative:sco-ai-expert-forum': ['上合组织人工智能常设专家论坛'],
    'initiative:digital-bridge-forum': ['数字桥'],
  },
  en: {
    [TOKAYEV]: ['Tokayev'], [KZ]: ['Kazakhstan'], [CN]: ["People's Republic of China", 'China'], [XI]: ['Xi Jinping'],
    'organization:sco': ['Shanghai Cooperation Organisation', 'SCO'], 'organization:cica': ['CICA'], 'country:af': ['Afghanistan'],
    'organization:aifc': ['Astana International Financial Centre'], 'country:ru': ['Russia'], 'country:mn': ['Mongolia'], 'organization:un': ['UN'],
    'country:kg': ['Kyrgyzstan', 'Kyrgyz Republic'], 'person:sadyr-japarov': ['Sadyr Japarov'],
    'place:tianjin': ['Tianjin'], 'place:almaty': ['Almaty'], 'place:astana': ['Astana'], 'place:aktau': ['Aktau'],
    'initiative:sco-development-bank': ['SCO Development Bank'], 'initiative:shanghai-spirit': ['Shanghai Spirit'],
    'initiative:three-evils': ['three evils'], 'initiative:global-development-initiative': ['Global Development Initiative'],
    'initiative:global-security-initiative': ['Global Security Initiative'], 'initiative:global-civilization-initiative': ['Global Civilization Initiative'],
    'initiative:global-governance-initiative': ['Global Governance Initiative'], 'initiative:sco-development-strategy-2035': ['SCO Development Strategy for the Next 10 Years'],
    'initiative:sco-four-security-centres': ['four security centres'], 'initiative:belt-and-road': ['Belt and Road Initiative'],
    'initiative:trans-altai-dialogue': ['Trans-Altai Dialogue'], 'initiative:international-organization-for-ai-cooperation': ['international organisation for artificial intelligence cooperation'],
    'initiative:sco-water-resources-research-centre': ['SCO water resources research centre'], 'initiative:sco-ai-expert-forum': ['permanent SCO expert forum on artificial intelligence'],
    'initiative:digital-bridge-forum': ['Digital Bridge'],
  },
  ru: {
    [TOKAYEV]: ['Токаев'], [KZ]: ['Казахстан'], [CN]: ['Китайской Народной Республики', 'Китай'], [XI]: ['Си Цзиньпин'],
    'organization:sco': ['Шанхайск', 'ШОС'], 'organization:cica': ['СВМДА'], 'country:af': ['Афганистан'],
    'organization:aifc': ['Международном финансовом центре «Астана»'], 'country:ru': ['Росси'], 'country:mn': ['Монголи'], 'organization:un': ['ООН'],
    'country:kg': ['Кыргызстан', 'Кыргызской Республикой'], 'person:sadyr-japarov': ['Садыра Жапарова'],
    'place:tianjin': ['Тяньцзин'], 'place:almaty': ['Алматы'], 'place:astana': ['Астан'], 'place:aktau': ['Актау'],
    'initiative:sco-development-bank': ['Банка развития ШОС'], 'initiative:shanghai-spirit': ['Шанхайского духа'],
    'initiative:three-evils': ['трех зол', 'трем злам'], 'initiative:global-development-initiative': ['Инициативу глобального развития'],
    'initiative:global-security-initiative': ['Инициативу глобальной безопасности'], 'initiative:global-civilization-initiative': ['Инициативу глобальной цивилизации'],
    'initiative:global-governance-initiative': ['Инициативу глобального управления'], 'initiative:sco-development-strategy-2035': ['Стратегия развития ШОС на следующие 10 лет'],
    'initiative:sco-four-security-centres': ['четырех центров безопасности'], 'initiative:belt-and-road': ['Один пояс – один путь'],
    'initiative:trans-altai-dialogue': ['Трансалтайский диалог'], 'initiative:international-organization-for-ai-cooperation': ['международной организации по сотрудничеству в сфере искусственного интеллекта'],
    'initiative:sco-water-resources-research-centre': ['Центра ШОС по исследованию водных ресурсов'], 'initiative:sco-ai-expert-forum': ['экспертный форум ШОС по искусственному интеллекту'],
    'initiative:digital-bridge-forum': ['Цифровой мост'],
  },
};

const SPEECH = {
  zh: { lead: '—', tail: '-托卡耶夫说。', speaker: TOKAYEV },
  en: { lead: '“', tail: ',” Tokayev said.', speaker: TOKAYEV },
  ru: { lead: '— ', tail: ', — сказал Токаев.', speaker: TOKAYEV },
} as const;

const FIGURES: Record<SeedLang, FigureNote[]> = {
  zh: [
    { text: '80周年', value: 80, unit: 'anniversary' },
    { text: '30%', value: 30, unit: 'percent' },
    { text: '6500亿美元', value: 6.5e11, unit: 'USD', approx: 'more_than', time: '2024' },
    { text: '700亿美元', value: 7e10, unit: 'USD', approx: 'about', time: '2024' },
    { text: '150多个', value: 150, unit: 'count', approx: 'more_than' },
    { text: '1.5万亿美元', value: 1.5e12, unit: 'USD', approx: 'up_to' },
    { text: '5万亿美元', value: 5e12, unit: 'USD', time: '2033', nth: 1 },
    { text: '30%', value: 30, unit: 'percent', time: '2033', nth: 1 },
    { text: '25周年', value: 25, unit: 'anniversary' },
  ],
  en: [
    { text: '80th anniversary', value: 80, unit: 'anniversary' },
    { text: '30%', value: 30, unit: 'percent' },
    { text: '$650 billion', value: 6.5e11, unit: 'USD', approx: 'more_than', time: '2024' },
    { text: '$70 billion', value: 7e10, unit: 'USD', approx: 'about', time: '2024' },
    { text: '150 countries', value: 150, unit: 'count', approx: 'more_than' },
    { text: '$1.5 trillion', value: 1.5e12, unit: 'USD', approx: 'up_to' },
    { text: '$5 trillion', value: 5e12, unit: 'USD', time: '2033' },
    { text: '30%', value: 30, unit: 'percent', time: '2033', nth: 1 },
    { text: '25th anniversary', value: 25, unit: 'anniversary' },
  ],
  ru: [
    { text: '80-летием', value: 80, unit: 'anniversary' },
    { text: '30%', value: 30, unit: 'percent' },
    { text: '650 млрд долларов', value: 6.5e11, unit: 'USD', approx: 'more_than', time: '2024' },
    { text: '70 млрд долларов', value: 7e10, unit: 'USD', approx: 'about', time: '2024' },
    { text: '150 стран', value: 150, unit: 'count', approx: 'more_than' },
    { text: '1,5 трлн долларов', value: 1.5e12, unit: 'USD', approx: 'up_to' },
    { text: '5 трлн долларов', value: 5e12, unit: 'USD', time: '2033', nth: 1 },
    { text: '30%', value: 30, unit: 'percent', time: '2033', nth: 1 },
    { text: '25-летие', value: 25, unit: 'anniversary' },
  ],
};

const TIMES: Record<SeedLang, TimeNote[]> = {
  zh: [
    { text: '去年', value: '2024' }, { text: '去年', value: '2024', nth: 1 }, { text: '今年8月', value: '2025-08' },
    { text: '11月', value: '2025-11' }, { text: '2033年', value: '2033' }, { text: '2027年', value: '2027' },
    { text: '明年', value: '2026' }, { text: '明年', value: '2026', nth: 1 },
  ],
  en: [
    { text: 'last year', value: '2024' }, { text: 'last year', value: '2024', nth: 1 }, { text: 'In August this year', value: '2025-08' },
    { text: 'in November', value: '2025-11' }, { text: '2033', value: '2033' }, { text: '2027', value: '2027' },
    { text: 'Next year', value: '2026' }, { text: 'next year', value: '2026' },
  ],
  ru: [
    { text: 'в прошлом году', value: '2024' }, { text: 'в прошлом году', value: '2024', nth: 1 }, { text: 'В августе этого года', value: '2025-08' },
    { text: 'в ноябре', value: '2025-11' }, { text: '2033 году', value: '2033' }, { text: '2027 году', value: '2027' },
    { text: 'В следующем году', value: '2026' }, { text: 'в следующем году', value: '2026' },
  ],
};

type Stance = Omit<StanceNote, 'text' | 'target'>;
const S = (type: StanceNote['type'], holder: string, extra: Partial<Stance> = {}): Stance => ({ type, holder, speaker: TOKAYEV, ...extra });

/** The seed's stances in text order; the same index is the same stance in every language. */
const STANCE_KINDS: Stance[] = [
  S('thank', TOKAYEV),
  S('praise', KZ),
  S('support', KZ),
  S('support', KZ, { initiative: 'initiative:shanghai-spirit' }),
  S('praise', KZ, { initiative: 'initiative:global-development-initiative', proposer: XI }),
  S('support', KZ, { initiative: 'initiative:sco-four-security-centres' }),
  S('call', TOKAYEV),
  S('support', KZ, { initiative: 'initiative:sco-development-bank', proposer: CN }),
  S('propose', TOKAYEV),
  S('support', KZ, { initiative: 'initiative:international-organization-for-ai-cooperation', proposer: CN }),
  S('support', KZ),
  S('propose', TOKAYEV, { initiative: 'initiative:sco-ai-expert-forum' }),
  S('support', KZ, { initiative: 'initiative:sco-water-resources-research-centre' }),
  S('thank', TOKAYEV),
  S('congratulate', TOKAYEV),
];

const STANCE_SURFACES: Record<SeedLang, Array<[string, string]>> = {
  zh: [
    ['国家元首感谢中华人民共和国主席习近平', '中华人民共和国主席习近平'],
    ['哈萨克斯坦高度评价中国在加强上合组织框架内安全与稳定、经济一体化和人文交流方面所奉行的深思熟虑的政策', '中国在加强'],
    ['哈萨克斯坦完全支持本组织的核心目标', '本组织的核心目标'],
    ['我们支持进一步弘扬“上海精神”', '上海精神'],
    ['我们高度评价习近平主席提出的全球发展倡议', '习近平主席提出的全球发展倡议'],
    ['哈萨克斯坦支持设立四个安全中心的倡议', '四个安全中心的倡议'],
    ['我呼吁成员国继续向阿富汗提供人道主义和技术援助', '成员国继续向阿富汗提供人道主义和技术援助'],
    ['哈萨克斯坦支持中国提出的设立上合组织开发银行的倡议', '中国提出的设立上合组织开发银行的倡议'],
    ['我还建议在阿斯塔纳国际金融中心设立上合组织办事处', '在阿斯塔纳国际金融中心设立上合组织办事处'],
    ['我们完全支持中国提出的建立人工智能合作国际组织的倡议', '中国提出的建立人工智能合作国际组织的倡议'],
    ['哈萨克斯坦支持在数字化各领域加强合作', '在数字化各领域加强合作'],
    ['建议举办上合组织人工智能常设专家论坛', '上合组织人工智能常设专家论坛'],
    ['哈萨克斯坦支持在本国设立上合组织水资源研究中心', '在本国设立上合组织水资源研究中心'],
    ['我再次感谢习近平主席', '习近平主席'],
    ['托卡耶夫祝贺吉尔吉斯斯坦总统萨德尔·扎帕罗夫', '吉尔吉斯斯坦总统萨德尔·扎帕罗夫'],
  ],
  en: [
    ["The Head of State thanked President of the People's Republic of China Xi Jinping", "President of the People's Republic of China Xi Jinping"],
    ['Kazakhstan highly appreciates the well-considered policy China pursues', 'the well-considered policy China pursues'],
    ["Kazakhstan fully supports the Organisation's core goals", "the Organisation's core goals"],
    ['We support further promoting the “Shanghai Spirit”', 'Shanghai Spirit'],
    ['we highly appreciate the Global Development Initiative', 'the Global Development Initiative'],
    ['Kazakhstan supports the initiative to establish four security centres', 'the initiative to establish four security centres'],
    ['I call on the member states to continue providing humanitarian and technical assistance to Afghanistan', 'the member states to continue'],
    ["Kazakhstan supports China's initiative to establish an SCO Development Bank", "China's initiative to establish an SCO Development Bank"],
    ['I also propose opening an SCO office at the Astana International Financial Centre', 'opening an SCO office at the Astana International Financial Centre'],
    ["We fully support China's initiative to establish an international organisation for artificial intelligence cooperation", "China's initiative"],
    ['Kazakhstan supports stronger cooperation in all areas of digitalisation', 'stronger cooperation in all areas of digitalisation'],
    ['proposing to hold a permanent SCO expert forum on artificial intelligence', 'a permanent SCO expert forum on artificial intelligence'],
    ['Kazakhstan supports the establishment of an SCO water resources research centre on its territory', 'the establishment of an SCO water resources research centre'],
    ['I once again thank President Xi Jinping', 'President Xi Jinping'],
    ['Tokayev congratulated President of Kyrgyzstan Sadyr Japarov', 'President of Kyrgyzstan Sadyr Japarov'],
  ],
  ru: [
    ['Глава государства поблагодарил Председателя Китайской Народной Республики Си Цзиньпина', 'Председателя Китайской Народной Республики Си Цзиньпина'],
    ['Казахстан высоко оценивает взвешенную политику, которую Китай проводит', 'взвешенную политику, которую Китай проводит'],
    ['Казахстан полностью поддерживает ключевые цели Организации', 'ключевые цели Организации'],
    ['Мы поддерживаем дальнейшее продвижение «Шанхайского духа»', 'Шанхайского духа'],
    ['мы высоко оцениваем выдвинутые Председателем Си Цзиньпином Инициативу глобального развития', 'Инициативу глобального развития'],
    ['Казахстан поддерживает инициативу о создании четырех центров безопасности', 'инициативу о создании четырех центров безопасности'],
    ['Я призываю государства-члены продолжать оказывать Афганистану гуманитарную и техническую помощь', 'государства-члены продолжать'],
    ['Казахстан поддерживает выдвинутую Китаем инициативу о создании Банка развития ШОС', 'выдвинутую Китаем инициативу о создании Банка развития ШОС'],
    ['Я также предлагаю открыть в Международном финансовом центре «Астана» офис ШОС', 'открыть в Международном финансовом центре «Астана» офис ШОС'],
    ['Мы полностью поддерживаем выдвинутую Китаем инициативу о создании международной организации по сотрудничеству в сфере искусственного интеллекта', 'выдвинутую Китаем инициативу'],
    ['Казахстан поддерживает укрепление сотрудничества во всех сферах цифровизации', 'укрепление сотрудничества во всех сферах цифровизации'],
    ['предложив проводить постоянно действующий экспертный форум ШОС по искусственному интеллекту', 'экспертный форум ШОС по искусственному интеллекту'],
    ['Казахстан поддерживает создание на своей территории Центра ШОС по исследованию водных ресурсов', 'создание на своей территории Центра ШОС по исследованию водных ресурсов'],
    ['Я вновь благодарю Председателя Си Цзиньпина', 'Председателя Си Цзиньпина'],
    ['Токаев поздравил Президента Кыргызстана Садыра Жапарова', 'Президента Кыргызстана Садыра Жапарова'],
  ],
};

export const SEED_QUOTES = 10;
export const SEED_STANCES = STANCE_KINDS.length;

export function seedNotes(lang: SeedLang): ArticleNotes {
  return {
    aliases: ALIASES[lang],
    speech: SPEECH[lang],
    figures: FIGURES[lang],
    times: TIMES[lang],
    stances: STANCE_SURFACES[lang].map(([text, target], i) => ({ ...STANCE_KINDS[i]!, text, target })),
  };
}
