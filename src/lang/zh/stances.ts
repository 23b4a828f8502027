/**
 * Chinese stance cues. Format: src/extract/stances/stances-pack.ts; every entry is a literal in
 * simplified characters (traditional text is folded to simplified before matching, so 支持/感謝/
 * 呼籲 need no second entry). Examples: `哈萨克斯坦支持设立四个安全中心的倡议` (support),
 * `我还建议在阿斯塔纳国际金融中心设立上合组织办事处` (propose), `得到150多个国家支持的“一带一路”倡议`
 * (no stance: attributive), `支持率` (no stance: a noun).
 */
import type { StancesPack } from '../../extract/stances/stances-pack.js';

export default {
  segmentation: 'chars',
  order: 'cue-target',
  cues: [
    ...['支持', '完全支持', '全力支持', '坚定支持', '大力支持', '积极支持', '一贯支持', '赞同', '赞成', '拥护', '声援']
      .map((cue) => ({ type: 'support' as const, cue })),
    ...['建议', '提议', '提出…倡议', '提出…建议', '倡议建立', '倡议设立']
      .map((cue) => ({ type: 'propose' as const, cue })),
    ...['呼吁', '敦促', '促请', '吁请', '号召']
      .map((cue) => ({ type: 'call' as const, cue })),
    ...['高度评价', '积极评价', '高度赞赏', '赞赏', '称赞', '赞扬', '高度肯定']
      .map((cue) => ({ type: 'praise' as const, cue })),
    ...['欢迎', '热烈欢迎']
      .map((cue) => ({ type: 'welcome' as const, cue })),
    ...['反对', '坚决反对', '谴责', '强烈谴责', '拒绝']
      .map((cue) => ({ type: 'oppose' as const, cue })),
    ...['感谢', '衷心感谢', '致谢', '感激']
      .map((cue) => ({ type: 'thank' as const, cue })),
    ...['祝贺', '热烈祝贺', '衷心祝贺', '恭喜']
      .map((cue) => ({ type: 'congratulate' as const, cue })),
  ],
  firstPersonPlural: ['我们', '我国', '我方'],
  firstPersonSingular: ['我', '本人'],
  skippable: ['也', '还', '再次', '都', '将', '愿', '愿意', '一贯', '始终', '同时', '一直', '仍', '继续', '亦', '对此', '因此', '则', '特别', '真诚', '已', '表示', '对此表示'],
  negators: ['不', '并不', '从不', '没有', '未', '绝不', '不会'],
  // A cue after these is a noun or a passive: 相互支持, 提供支持, 得到…支持, 在…的支持下, 受欢迎.
  notBefore: ['相互', '互相', '提供', '得到', '获得', '给予', '寻求', '争取', '的', '受'],
  // 支持率, 支持者, 在…支持下, 支持的 (attributive), 欢迎宴会, 感谢信.
  notAfter: ['率', '者', '下', '的', '度', '信', '函', '宴', '仪式', '词', '力度', '与'],
  targetStops: ['，', '。', '；', '！', '？', '：', '—', '…', ',', ';', '!', '?', '\n'],
  targetTrimStart: ['了'],
  initiativePatterns: [
    { name: 'establish-initiative', pattern: '(?:设立|建立|成立|创建|组建|创设)(?<thing>[^，。；、“”的]{1,40})的倡议', create: true, requires: '倡议' },
  ],
  proposerMarkers: [
    { marker: '提出的', side: 'before', maxGap: 4 },
    { marker: '倡导的', side: 'before', maxGap: 4 },
    { marker: '发起的', side: 'before', maxGap: 4 },
    // 马雷尼亚的倡议: the mention right before 的 owns the initiative.
    { marker: '的倡议', side: 'before', maxGap: 0 },
    { marker: '的建议', side: 'before', maxGap: 0 },
  ],
} satisfies StancesPack;
