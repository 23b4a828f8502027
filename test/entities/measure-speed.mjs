// Measures the entities stage alone: gazetteer read and lexicon build (cold start), then
// throughput on generated fictional news text (fixed random seed) and on the seed and its
// translations repeated. Throughput is CPU time of this process, best of three, so that a busy
// machine does not distort it. Run after a build: `npm run build && node test/entities/measure-speed.mjs`.
// Speed of the entities stage alone on generated fictional news text, per language.
const t0 = performance.now();
const { loadGazetteer } = await import('../../dist/gazetteer/load-gazetteer.js');
const g = loadGazetteer();
const tLoad = performance.now() - t0;
const { loadPacks } = await import('../../dist/lang/load-packs.js');
const { Doc } = await import('../../dist/extract/doc.js');
const { paragraphsStage } = await import('../../dist/text/paragraphs-stage.js');
const { sentencesStage } = await import('../../dist/text/sentences-stage.js');
const { entitiesStage } = await import('../../dist/extract/entities/entities-stage.js');
const packs = await loadPacks();
const t1 = performance.now();
const run = entitiesStage.create(packs);
const tCreate = performance.now() - t1;
const para = paragraphsStage.create(packs), sent = sentencesStage.create(packs);
console.log(`gazetteer read ${tLoad.toFixed(1)} ms (${g.entries.length} entries); stage create (lexicon build) ${tCreate.toFixed(1)} ms`);

let seed = 42;
const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const pick = (a) => a[Math.floor(rnd() * a.length)];
const T = {
  en: {
    s: ['President Arvid Kallen of Valdoria met Foreign Minister Irena Ostrova in Astana on Tuesday.',
      'The Head of State said that trade between Valdoria and Marenia grew by 12 percent last year.',
      'He stressed that the Ostrenian Union supports the new transport corridor through Kazakhstan and China.',
      'Kallen noted that the SCO and the UN should coordinate their efforts in Central Asia.',
      'The delegations discussed energy, logistics and water resources, and agreed to meet again in Almaty next spring.',
      'According to the ministry, the two sides signed eleven documents worth more than $3 billion.',
      'Ostrova said the Marenian side was ready to open a consulate in Aktau before the end of the year.'],
  },
  ru: {
    s: ['Президент Валдории Арвид Каллен встретился с министром иностранных дел Ирэной Островой в Астане.',
      'Глава государства отметил, что товарооборот между Валдорией и Маренией вырос на 12 процентов.',
      'Он подчеркнул, что Остренский союз поддерживает новый транспортный коридор через Казахстан и Китай.',
      'Каллен отметил, что ШОС и ООН должны координировать свои усилия в Центральной Азии.',
      'Делегации обсудили энергетику, логистику и водные ресурсы и договорились встретиться весной в Алматы.',
      'По данным министерства, стороны подписали одиннадцать документов на сумму более 3 млрд долларов.'],
  },
  zh: {
    s: ['瓦尔多利亚总统阿尔维德·卡伦在阿斯塔纳会见了马雷尼亚外长伊雷娜·奥斯特罗娃。',
      '国家元首指出，瓦尔多利亚与马雷尼亚之间的贸易额去年增长了12%。',
      '他强调，奥斯特伦联盟支持经过哈萨克斯坦和中国的新运输走廊。',
      '卡伦表示，上合组织和联合国应当在中亚协调努力。',
      '双方讨论了能源、物流和水资源问题，并同意明年春天在阿拉木图再次会晤。',
      '据该部消息，双方签署了11份文件，总价值超过30亿美元。'],
  },
  kk: {
    s: ['Валдория Президенті Арвид Каллен Астанада Марения Сыртқы істер министрі Ирена Островамен кездесті.',
      'Мемлекет басшысы Валдория мен Марения арасындағы тауар айналымы өткен жылы 12 пайызға өскенін атап өтті.',
      'Ол Острен одағы Қазақстан мен Қытай арқылы өтетін жаңа көлік дәлізін қолдайтынын айтты.',
      'Каллен ШЫҰ мен БҰҰ Орталық Азиядағы күш-жігерін үйлестіруі керек екенін атап өтті.',
      'Тараптар энергетика, логистика және су ресурстары мәселелерін талқылап, көктемде Алматыда қайта кездесуге келісті.'],
  },
};
function article(lang) {
  const paras = [];
  for (let p = 0; p < 12; p++) {
    const n = 2 + Math.floor(rnd() * 4);
    paras.push(Array.from({ length: n }, () => pick(T[lang].s)).join(lang === 'zh' ? '' : ' '));
  }
  return paras.join('\n\n');
}
for (const lang of ['en', 'ru', 'zh', 'kk']) {
  const docs = [];
  let bytes = 0;
  while (bytes < 4e6) { const text = article(lang); docs.push(text); bytes += Buffer.byteLength(text); }
  const prepared = docs.map((text) => { const d = new Doc({ text, lang, date: '2025-09-01', source: 'bench' }); para(d); sent(d); return d; });
  for (const d of prepared.slice(0, 20)) run(d); // warm-up
  let ms = Infinity, wall = 0, mentions = 0;
  for (let rep = 0; rep < 3; rep++) {
    const c0 = process.cpuUsage(); const t = performance.now();
    mentions = 0;
    for (const d of prepared) { run(d); mentions += d.get('mentions').length; }
    const cu = process.cpuUsage(c0); const cpu = (cu.user + cu.system) / 1000;
    if (cpu < ms) { ms = cpu; wall = performance.now() - t; }
  }
  const chars = docs.reduce((a, d) => a + d.length, 0);
  console.log(`${lang}: ${(bytes / 1e6).toFixed(1)} MB UTF-8 (${(chars / 1e6).toFixed(1)} M chars) in ${ms.toFixed(0)} ms → ${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s CPU (wall ${wall.toFixed(0)} ms), ${mentions} mentions`);
}
// one very long document: linearity
const long = Array.from({ length: 400 }, () => article('en')).join('\n\n');
for (const k of [1, 4]) {
  const text = long.repeat(k);
  const d = new Doc({ text, lang: 'en', date: '2025-09-01', source: 'bench' }); para(d); sent(d);
  const c0 = process.cpuUsage(); run(d); const cu = process.cpuUsage(c0); const ms = (cu.user + cu.system) / 1000;
  console.log(`one document of ${(text.length / 1e6).toFixed(1)} M chars: ${ms.toFixed(0)} ms`);
}
// realistic density: the seed and its translations, repeated
const { readFileSync } = await import('node:fs');
for (const [file, lang] of [['000_57bb135459f8ca34.txt', 'zh'], ['000_57bb135459f8ca34.ru.txt', 'ru'], ['000_57bb135459f8ca34.en.txt', 'en'], ['000_57bb135459f8ca34.kk.txt', 'kk']]) {
  const text = readFileSync(new URL('../../examples/' + file, import.meta.url), 'utf8').replace(/^ ?date \S+ /, '');
  const docs = Array.from({ length: 300 }, () => { const d = new Doc({ text, lang, date: '2025-09-01', source: 'b' }); para(d); sent(d); return d; });
  for (const d of docs.slice(0, 30)) run(d);
  let ms = Infinity;
  for (let rep = 0; rep < 3; rep++) { const c0 = process.cpuUsage(); for (const d of docs) run(d); const cu = process.cpuUsage(c0); ms = Math.min(ms, (cu.user + cu.system) / 1000); }
  const bytes = Buffer.byteLength(text) * docs.length;
  console.log(`seed ${lang}: ${(bytes / 1e6).toFixed(1)} MB in ${ms.toFixed(0)} ms → ${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s`);
}
