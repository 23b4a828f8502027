import { describe, expect, it } from 'vitest';
import { examples, KALLEN, OSTROVA, quoted, runCorpus, stancesOf } from './stance-corpus.js';

const V = 'country:valdoria';
const M = 'country:marenia';
const U = 'organization:ostrenian-union';
const K = KALLEN.id;
const O = OSTROVA.id;

const mentions = {
  瓦尔多利亚: V, 瓦爾多利亞: V, 马雷尼亚: M, 馬雷尼亞: M, 奥斯特雷尼亚联盟: U,
  阿尔维德·卡伦: K, 卡伦: K, 伊蕾娜·奥斯特罗娃: O, 奥斯特罗娃: O,
};

describe('zh stance corpus', () => {
  runCorpus('zh', mentions, [
    ...examples({ type: 'support', holder: V, target: '马雷尼亚提出的和平计划', proposer: M }, ['瓦尔多利亚支持马雷尼亚提出的和平计划。']),
    ...examples({ type: 'support', holder: K, target: '奥斯特雷尼亚联盟的决定' }, ['阿尔维德·卡伦表示完全支持奥斯特雷尼亚联盟的决定。']),
    ...examples({ type: 'support', holder: V }, ['瓦尔多利亚不断支持马雷尼亚的改革。', '瓦尔多利亚赞同这一方案。']),
    // Traditional characters fold to simplified before matching.
    ...examples({ type: 'support', holder: V, target: '馬雷尼亞的立場' }, ['瓦爾多利亞支持馬雷尼亞的立場。']),
    ...examples({ type: 'propose', holder: M, target: '在维尔港举行新一轮谈判' }, ['马雷尼亚建议在维尔港举行新一轮谈判。']),
    ...examples({ type: 'propose', holder: K, target: '建立区域粮食储备的倡议', initiative: 'initiative:区域粮食储备' },
      ['卡伦提出了建立区域粮食储备的倡议。']),
    ...examples({ type: 'call', holder: O, target: '各方保持克制' }, ['伊蕾娜·奥斯特罗娃呼吁各方保持克制。']),
    ...examples({ type: 'call', holder: M }, ['马雷尼亚敦促瓦尔多利亚撤回边境部队。']),
    ...examples({ type: 'praise', holder: V, target: '马雷尼亚在调解中发挥的作用' }, ['瓦尔多利亚高度评价马雷尼亚在调解中发挥的作用。']),
    ...examples({ type: 'praise', holder: K }, ['卡伦赞赏奥斯特雷尼亚联盟的努力。']),
    ...examples({ type: 'welcome', holder: M, target: '瓦尔多利亚加入奥斯特雷尼亚联盟' }, ['马雷尼亚欢迎瓦尔多利亚加入奥斯特雷尼亚联盟。']),
    ...examples({ type: 'oppose', holder: V }, ['瓦尔多利亚反对在边境地区部署导弹。', '马雷尼亚谴责袭击事件。'.replace('马雷尼亚', '瓦尔多利亚')]),
    // A negated support is recorded as oppose (docs/stance-types.md).
    ...examples({ type: 'oppose', holder: V, target: '该提案' }, ['瓦尔多利亚不支持该提案。', '瓦尔多利亚并不支持该提案。']),
    ...examples({ type: 'thank', holder: K, target: '奥斯特罗娃的来访' }, ['卡伦感谢奥斯特罗娃的来访。']),
    ...examples({ type: 'congratulate', holder: K, target: '伊蕾娜·奥斯特罗娃就任外交部长' }, ['阿尔维德·卡伦祝贺伊蕾娜·奥斯特罗娃就任外交部长。']),
    quoted({ type: 'support', holder: V, speaker: K, target: '马雷尼亚的倡议', proposer: M }, '卡伦说：“我们支持马雷尼亚的倡议。”', '我们支持马雷尼亚的倡议。', K),
    quoted({ type: 'call', holder: O, speaker: O, target: '双方立即停火' }, '奥斯特罗娃说：“我呼吁双方立即停火。”', '我呼吁双方立即停火。', O),
    quoted({ type: 'propose', holder: K, speaker: K }, '卡伦说：“我还建议设立联合工作组。”', '我还建议设立联合工作组。', K),
    // Outside a quote, "we" is the article's own voice: no holder.
    ...examples({ type: 'support', holder: null }, ['我们支持这一决定。']),
    ...examples(null, [
      '该党的支持率有所下降。',
      '两国相互支持。',
      '马雷尼亚为该项目提供支持。',
      '得到多国支持的计划已经启动。',
      '在瓦尔多利亚的支持下，项目顺利完成。',
      '我们应当带着切实可行的建议迎接这一时刻。',
      '这是一个受欢迎的决定。',
      '卡伦发表了欢迎词。',
      '卡伦并不感谢媒体的报道。',
      '支持。',
    ]),
  ]);

  it('makes an initiative entity from 设立X的倡议 and names it in the text language', async () => {
    const { stances, entities } = await stancesOf('瓦尔多利亚支持马雷尼亚提出的设立内海开发银行的倡议。', 'zh', mentions);
    expect(stances).toHaveLength(1);
    expect(stances[0]!.target.initiative).toBe('initiative:内海开发银行');
    expect(stances[0]!.target.proposer).toBe(M);
    expect(entities.find((e) => e.id === 'initiative:内海开发银行')).toMatchObject({ type: 'initiative', names: { zh: '内海开发银行' }, proposer: M });
  });

  it('links gazetteer initiatives and gives one stance per initiative named', async () => {
    const { stances } = await stancesOf('瓦尔多利亚高度评价全球发展倡议和全球安全倡议。', 'zh', mentions);
    expect(stances.map((s) => s.target.initiative)).toEqual(['initiative:global-development-initiative', 'initiative:global-security-initiative']);
    expect(new Set(stances.map((s) => s.start)).size).toBe(1);
  });

  it('does not link initiatives to thanks', async () => {
    const { stances } = await stancesOf('卡伦感谢奥斯特罗娃为弘扬“上海精神”所作的努力。', 'zh', mentions);
    expect(stances).toHaveLength(1);
    expect(stances[0]!.target.initiative).toBeUndefined();
  });
});
