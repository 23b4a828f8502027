/**
 * The stances of the seed (Kazinform, Tokayev at the SCO Tianjin summit, 2025-09-01) and of its
 * faithful Russian, English and Kazakh translations: the same positions, holders and initiatives.
 */
import { describe, expect, it } from 'vitest';
import type { ArticleRecord, StanceRecord, StanceType } from '../../src/record/article-record.js';
import { seedRecord } from './seed-pipeline.js';

const TOKAYEV = 'person:kassym-jomart-tokayev';
const KZ = 'country:kz';
const CN = 'country:cn';
const XI = 'person:xi-jinping';

interface Want {
  readonly type: StanceType;
  readonly holder: string | null;
  readonly speaker?: string;
  /** A piece of the target, per language. */
  readonly target: Readonly<Record<'zh' | 'ru' | 'en' | 'kk', string>>;
  readonly initiative?: string;
  readonly proposer?: string;
}

// In Tokayev's quotes `we` is Kazakhstan and `I` is Tokayev; the speaker is set on both.
const SEED: readonly Want[] = [
  { type: 'thank', holder: TOKAYEV, target: { zh: '习近平', ru: 'Си Цзиньпина', en: 'Xi Jinping', kk: 'Си Цзиньпинге' } },
  { type: 'praise', holder: KZ, speaker: TOKAYEV, target: { zh: '中国在加强上合组织框架内', ru: 'взвешенную политику', en: 'the well-considered policy China pursues', kk: 'Қытайдың ШЫҰ аясында' } },
  { type: 'support', holder: KZ, speaker: TOKAYEV, target: { zh: '本组织的核心目标', ru: 'ключевые цели Организации', en: "the Organisation's core goals", kk: 'Ұйымның негізгі мақсаттарын' } },
  { type: 'support', holder: KZ, speaker: TOKAYEV, initiative: 'initiative:shanghai-spirit', target: { zh: '弘扬“上海精神”', ru: '«Шанхайского духа»', en: '“Shanghai Spirit”', kk: '«Шанхай рухын»' } },
  { type: 'praise', holder: KZ, speaker: TOKAYEV, initiative: 'initiative:global-development-initiative', proposer: XI, target: { zh: '全球发展倡议', ru: 'Инициативу глобального развития', en: 'Global Development Initiative', kk: 'Жаһандық даму бастамасын' } },
  { type: 'praise', holder: KZ, speaker: TOKAYEV, initiative: 'initiative:global-governance-initiative', proposer: XI, target: { zh: '全球治理倡议', ru: 'Инициативу глобального управления', en: 'Global Governance Initiative', kk: 'Жаһандық басқару бастамасын' } },
  { type: 'support', holder: KZ, speaker: TOKAYEV, initiative: 'initiative:sco-four-security-centres', target: { zh: '设立四个安全中心的倡议', ru: 'о создании четырех центров безопасности', en: 'the initiative to establish four security centres', kk: 'төрт қауіпсіздік орталығын құру туралы бастаманы' } },
  { type: 'call', holder: TOKAYEV, speaker: TOKAYEV, target: { zh: '成员国继续向阿富汗提供人道主义和技术援助', ru: 'государства-члены продолжать оказывать Афганистану', en: 'the member states to continue providing humanitarian', kk: 'мүше мемлекеттерді Ауғанстанға' } },
  { type: 'propose', holder: KZ, speaker: TOKAYEV, target: { zh: '成员国共同利用该中心的潜力', ru: 'совместно использовать потенциал этого центра', en: 'jointly use the potential of this centre', kk: 'осы орталықтың әлеуетін бірлесіп пайдалануды' } },
  { type: 'support', holder: KZ, target: { zh: '上合组织采取切实措施', ru: 'принятие ШОС конкретных мер', en: 'the SCO taking concrete measures', kk: 'нақты шаралар қабылдауын' } },
  { type: 'support', holder: KZ, speaker: TOKAYEV, initiative: 'initiative:sco-development-bank', proposer: CN, target: { zh: '中国提出的设立上合组织开发银行的倡议', ru: 'выдвинутую Китаем инициативу о создании Банка развития ШОС', en: "China's initiative to establish an SCO Development Bank", kk: 'Қытай ұсынған ШЫҰ Даму банкін құру туралы бастаманы' } },
  { type: 'propose', holder: TOKAYEV, speaker: TOKAYEV, target: { zh: '在阿斯塔纳国际金融中心设立上合组织办事处', ru: 'открыть в Международном финансовом центре «Астана» офис ШОС', en: 'opening an SCO office at the Astana International Financial Centre', kk: 'ШЫҰ кеңсесін ашуды' } },
  { type: 'support', holder: KZ, speaker: TOKAYEV, initiative: 'initiative:international-organization-for-ai-cooperation', proposer: CN, target: { zh: '中国提出的建立人工智能合作国际组织的倡议', ru: 'выдвинутую Китаем инициативу о создании международной организации', en: "China's initiative to establish an international organisation for artificial intelligence cooperation", kk: 'Қытай ұсынған жасанды интеллект' } },
  { type: 'propose', holder: TOKAYEV, target: { zh: '举办上合组织人工智能常设专家论坛', ru: 'проводить постоянно действующий экспертный форум ШОС', en: 'to hold a permanent SCO expert forum on artificial intelligence', kk: 'сарапшылар форумын өткізуді' } },
  { type: 'support', holder: KZ, speaker: TOKAYEV, target: { zh: '在本国设立上合组织水资源研究中心', ru: 'Центра ШОС по исследованию водных ресурсов', en: 'an SCO water resources research centre', kk: 'су ресурстарын зерттеу орталығын құруды' } },
  { type: 'thank', holder: TOKAYEV, speaker: TOKAYEV, target: { zh: '习近平主席为弘扬“上海精神”', ru: 'Председателя Си Цзиньпина за его неустанные усилия', en: 'President Xi Jinping for his steadfast efforts', kk: 'Төраға Си Цзиньпинге' } },
  { type: 'congratulate', holder: TOKAYEV, target: { zh: '萨德尔·扎帕罗夫', ru: 'Садыра Жапарова', en: 'Sadyr Japarov', kk: 'Садыр Жапаровты' } },
];

function found(record: ArticleRecord, want: Want, lang: keyof Want['target']): StanceRecord | undefined {
  return record.stances.find((s) => s.type === want.type && s.holder === want.holder
    && s.target.text.includes(want.target[lang])
    && (want.speaker === undefined || s.speaker === want.speaker)
    && (want.initiative === undefined || s.target.initiative === want.initiative)
    && (want.proposer === undefined || s.target.proposer === want.proposer));
}

for (const [lang, suffix] of [['zh', ''], ['ru', '.ru'], ['en', '.en'], ['kk', '.kk']] as const) {
  describe(`seed stances (${lang})`, () => {
    for (const want of SEED) {
      it(`${want.type} ${want.target[lang]}`, async () => {
        const record = await seedRecord(suffix);
        const brief = record.stances.map((s) => `${s.type} ${s.holder} ${s.target.text} ${s.target.initiative ?? ''}`);
        expect(found(record, want, lang), brief.join('\n')).toBeDefined();
      });
    }

    it('finds no stance in noun uses and passives (相互支持, 提供支持, 得到…支持的)', async () => {
      const record = await seedRecord(suffix);
      // 17 cues in every language (the four global initiatives share one); `put forward a
      // concrete initiative` names nothing and is no stance, as the Chinese 提出具体举措 is none.
      const distinct = new Set(record.stances.map((s) => `${s.start}`));
      expect(distinct.size, record.stances.map((s) => s.text).join(' | ')).toBe(17);
      expect(record.stances.filter((s) => s.type === 'praise' && s.target.proposer === XI)).toHaveLength(4);
    });

    it('points every stance id at an entity of the record', async () => {
      const record = await seedRecord(suffix);
      const ids = new Set(record.entities.map((e) => e.id));
      for (const s of record.stances) {
        for (const id of [s.holder, s.speaker, s.target.initiative, s.target.proposer]) if (id) expect(ids.has(id), id).toBe(true);
      }
    });
  });
}
