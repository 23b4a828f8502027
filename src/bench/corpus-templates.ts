/**
 * Sentence templates for the benchmark corpus. Every person and country here is fictional
 * (Valdoria, Marenia, Ostrenia; President Arvid Kallen…), so generated text never puts words in a
 * real person's mouth. Slots: {person} {country} {city} {n} {pct} {year} {org}.
 */

export interface CorpusTemplates {
  readonly persons: readonly string[];
  readonly countries: readonly string[];
  readonly cities: readonly string[];
  readonly orgs: readonly string[];
  readonly sentences: readonly string[];
  /** Joins sentences of one paragraph (no space in Chinese). */
  readonly glue: string;
}

export const TEMPLATES: Readonly<Record<'zh' | 'ru' | 'en' | 'kk', CorpusTemplates>> = {
  zh: {
    persons: ['阿尔维德·卡伦', '伊蕾娜·奥斯特罗娃', '马库斯·泰尔', '索菲亚·林德', '奥列格·瓦尔迪'],
    countries: ['瓦尔多利亚', '马雷尼亚', '奥斯特雷尼亚', '卢米纳', '北泰拉'],
    cities: ['维尔港', '奥斯塔', '白岸城', '新马里斯'],
    orgs: ['奥斯特雷尼亚联盟', '北方合作组织', '内海经济论坛'],
    sentences: [
      '{country}总统{person}表示，两国贸易额去年超过{n}亿美元。',
      '—我们支持在{city}设立{org}开发中心的倡议，并愿意积极参与。-{person}说。',
      '{person}指出，{org}成员国在地区生产总值中的份额达到{pct}%。',
      '他强调，{year}年{country}将承办首届{org}数字论坛。',
      '{country}高度评价{org}在加强地区安全方面所发挥的作用。',
      '双方签署了{n}多项合作文件，涉及能源、交通和农业等领域。',
      '据介绍，今年8月，{org}秘书长在{city}出席了区域中心揭幕仪式。',
      '{person}呼吁各方继续向受灾地区提供人道主义援助。',
    ],
    glue: '',
  },
  ru: {
    persons: ['Арвид Каллен', 'Ирена Острова', 'Маркус Тейл', 'София Линд', 'Олег Валди'],
    countries: ['Валдория', 'Марения', 'Острения', 'Люмина', 'Северная Терра'],
    cities: ['Вирпорт', 'Оста', 'Белый Берег', 'Новый Марис'],
    orgs: ['Остренийский союз', 'Северная организация сотрудничества', 'Форум Внутреннего моря'],
    sentences: [
      'Президент страны {country} {person} заявил, что товарооборот в прошлом году превысил {n} млрд долларов.',
      '— Мы поддерживаем инициативу по созданию центра развития в городе {city}, — сказал {person}.',
      '{person} отметил, что доля государств — членов организации достигла {pct}%.',
      'Он подчеркнул, что в {year} году страна примет первый цифровой форум.',
      'Стороны подписали более {n} документов о сотрудничестве в энергетике, транспорте и сельском хозяйстве.',
      'По его словам, в августе этого года генеральный секретарь посетил город {city}.',
      '{person} призвал продолжить оказание гуманитарной помощи пострадавшим районам.',
    ],
    glue: ' ',
  },
  en: {
    persons: ['Arvid Kallen', 'Irena Ostrova', 'Markus Teil', 'Sofia Lind', 'Oleg Valdi'],
    countries: ['Valdoria', 'Marenia', 'Ostrenia', 'Lumina', 'North Terra'],
    cities: ['Virport', 'Osta', 'White Shore', 'New Maris'],
    orgs: ['the Ostrenian Union', 'the Northern Cooperation Organisation', 'the Inner Sea Forum'],
    sentences: [
      'President of {country} {person} said trade between the two countries exceeded ${n} billion last year.',
      '“We support the initiative to establish a development centre in {city},” {person} said.',
      '{person} noted that the share of member states in regional output had reached {pct}%.',
      'He stressed that in {year} {country} would host the first digital forum of {org}.',
      'The sides signed more than {n} cooperation documents covering energy, transport and agriculture.',
      'According to him, in August this year the Secretary-General of {org} visited {city}.',
      '{person} called on all parties to keep providing humanitarian aid to the affected regions.',
    ],
    glue: ' ',
  },
  kk: {
    persons: ['Арвид Каллен', 'Ирена Острова', 'Маркус Тейл', 'София Линд', 'Олег Валди'],
    countries: ['Валдория', 'Марения', 'Острения', 'Люмина', 'Солтүстік Терра'],
    cities: ['Вирпорт', 'Оста', 'Ақ Жаға', 'Жаңа Марис'],
    orgs: ['Острения одағы', 'Солтүстік ынтымақтастық ұйымы', 'Ішкі теңіз форумы'],
    sentences: [
      '{country} Президенті {person} өткен жылы екі ел арасындағы тауар айналымы {n} млрд доллардан асқанын айтты.',
      '— Біз {city} қаласында даму орталығын құру бастамасын қолдаймыз, — деді {person}.',
      '{person} ұйымға мүше мемлекеттердің үлесі {pct}%-ға жеткенін атап өтті.',
      'Ол {year} жылы елде алғашқы цифрлық форум өтетінін баса айтты.',
      'Тараптар энергетика, көлік және ауыл шаруашылығы салаларында {n}-ден астам құжатқа қол қойды.',
      'Биылғы тамызда ұйымның бас хатшысы {city} қаласына барды.',
      '{person} барлық тараптарды зардап шеккен өңірлерге гуманитарлық көмек көрсетуді жалғастыруға шақырды.',
    ],
    glue: ' ',
  },
};
