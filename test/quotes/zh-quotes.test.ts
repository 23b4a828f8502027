/** Chinese quote corpus (simplified and traditional): each construction, positive and negative. */
import { direct, examples, KALLEN, none, OSTROVA, reported, runCorpus, UNION, VALDORIA } from './quote-corpus.js';

const cast = {
  '阿尔维德·卡伦': KALLEN, '卡伦': KALLEN, '卡倫': KALLEN, '瓦尔多利亚总统': KALLEN,
  '伊蕾娜·奥斯特罗娃': OSTROVA, '奥斯特罗娃': OSTROVA, '瓦尔多利亚': VALDORIA, '奥斯特雷尼亚联盟': UNION,
};

runCorpus('zh', cast, [
  // Dash-led speech closed by its attribution; the attribution is not part of the quote.
  examples([direct('瓦尔多利亚支持设立区域发展中心的倡议。我们愿意积极参与。', KALLEN, '说')], [
    '—瓦尔多利亚支持设立区域发展中心的倡议。我们愿意积极参与。-卡伦说。',
    '——瓦尔多利亚支持设立区域发展中心的倡议。我们愿意积极参与。——卡伦说。',
    '— 瓦尔多利亚支持设立区域发展中心的倡议。我们愿意积极参与。—卡伦说。',
  ]),
  examples([direct('我们愿意积极参与。', KALLEN, '说道')], ['—我们愿意积极参与。-卡伦说道。']),
  examples([direct('我们愿意积极参与。', OSTROVA, '表示')], ['—我们愿意积极参与。-奥斯特罗娃表示。']),
  // A quote in marks closed by its attribution.
  examples([direct('我们支持这一倡议。', KALLEN, '说')], [
    '“我们支持这一倡议。”卡伦说。',
    '“我们支持这一倡议。”，卡伦说。',
    '「我们支持这一倡议。」卡伦说。',
  ]),
  // Introduced by a colon or a comma.
  examples([direct('两国贸易额去年超过300亿美元。', KALLEN, '表示')], [
    '卡伦表示：“两国贸易额去年超过300亿美元。”',
    '瓦尔多利亚总统阿尔维德·卡伦表示：“两国贸易额去年超过300亿美元。”',
    '在记者会上，卡伦表示：“两国贸易额去年超过300亿美元。”',
  ]),
  examples([direct('我们准备好了。', KALLEN, '说')], ['卡伦说，“我们准备好了。”']),
  // Traditional forms: corner brackets, nested 『』, 說/認為.
  examples([direct('我們支持『上海精神』，並願意參與。', KALLEN, '說')], ['卡倫說：「我們支持『上海精神』，並願意參與。」']),
  examples([reported('雙方合作前景廣闊', KALLEN, '認為')], ['卡倫認為，雙方合作前景廣闊。']),
  // Nested marks belong to the outer quote.
  examples([direct('我们支持进一步弘扬“上海精神”，反对‘三股势力’。', KALLEN, '说')], ['—我们支持进一步弘扬“上海精神”，反对‘三股势力’。-卡伦说。']),
  // A quote over two paragraphs: the first leaves it open, the second reopens it.
  examples([direct('第一，加强安全合作。\n\n“第二，扩大贸易往来。', KALLEN, '表示')], [
    '卡伦表示：“第一，加强安全合作。\n\n“第二，扩大贸易往来。”\n\n会议持续了两个小时。',
  ]),
  // An unclosed mark ends with its paragraph and never swallows what follows.
  examples([direct('我们准备好了。', KALLEN, '表示'), reported('会谈富有成效', OSTROVA, '指出')], [
    '卡伦表示：“我们准备好了。\n\n奥斯特罗娃指出，会谈富有成效。',
  ]),
  // Pronoun subjects: resolved by the entities stage when it did, else by the one person named before;
  // with two people before it and no resolution, the speaker is unknown.
  examples([reported('会谈富有成效', null, '表示')], ['卡伦会见了奥斯特罗娃。他表示，会谈富有成效。']),
  examples([reported('首要任务是加强伙伴关系', KALLEN, '强调')], [
    '卡伦阐述了看法。他强调首要任务是加强伙伴关系。',
  ]),
  examples([reported('首要任务是加强伙伴关系', OSTROVA, '强调')], ['卡伦阐述了看法。他强调首要任务是加强伙伴关系。'], { '他': [OSTROVA, 'coref'] }),
  examples([direct('我们欢迎这一决定。', KALLEN, '说')], ['卡伦抵达会场。他说：“我们欢迎这一决定。”']),
  // Reported speech: cue after the subject, with or without a comma, with an object.
  examples([reported('奥斯特雷尼亚联盟是一个高效的国际机构', KALLEN, '指出')], [
    '卡伦指出，奥斯特雷尼亚联盟是一个高效的国际机构。',
    '卡伦指出：奥斯特雷尼亚联盟是一个高效的国际机构。',
  ]),
  examples([reported('安全领域合作的重要性', KALLEN, '强调')], ['卡伦强调了安全领域合作的重要性。']),
  examples([reported('加强经贸合作至关重要', OSTROVA, '认为')], ['奥斯特罗娃认为，加强经贸合作至关重要。']),
  examples([reported('双方签署了12项合作文件', OSTROVA, '介绍')], ['据奥斯特罗娃介绍，双方签署了12项合作文件。']),
  examples([reported('双方签署了12项合作文件', null, '介绍')], ['据介绍，双方签署了12项合作文件。']),
  examples([reported('瓦尔多利亚愿意承办下届峰会', VALDORIA, '称')], ['瓦尔多利亚称，瓦尔多利亚愿意承办下届峰会。']),
  examples([reported('这项工作已刻不容缓', KALLEN, '指出')], ['在这方面，卡伦指出，这项工作已刻不容缓。']),
  // Unmarked speech closed by its attribution.
  examples([reported('两国关系正处于历史最好时期', KALLEN, '说')], ['两国关系正处于历史最好时期，卡伦说。']),
  // A cue inside reported content is part of it, not a second quote.
  examples([reported('国际社会普遍认为奥斯特雷尼亚联盟不可或缺', KALLEN, '指出')], ['卡伦指出，国际社会普遍认为奥斯特雷尼亚联盟不可或缺。']),

  // Negative corpus: scare quotes, titles, stance uses of cue characters, dash lists.
  none([
    '瓦尔多利亚坚决打击“三股势力”。',
    '双方通过了《奥斯特雷尼亚联盟未来10年发展战略》。',
    '卡伦表示感谢。',
    '卡伦对会议成果表示满意。',
    '据说会议将推迟。',
    '这部小说很受欢迎。',
    '卡伦称赞了主办方的组织工作。',
    '该组织的名称是奥斯特雷尼亚联盟。',
    '卡伦说明了情况。',
    '—能源合作；\n\n—交通合作。',
    '“上海精神”已成为合作的象征。',
    '卡伦出席会议并发表讲话。',
    '我们支持“一带一路”倡议，它具有巨大潜力。',
  ]),
]);
