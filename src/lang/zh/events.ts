/**
 * Chinese event words. Format: src/extract/events/events-pack.ts; literals in simplified
 * characters (traditional text is folded before matching). Examples: `本次峰会` (the reported
 * occasion), `11月于阿克套举行的首届上合组织港口和物流中心负责人论坛` (an event of its own: ordinal,
 * organisation, place, time), `作为一次富有成效的论坛` (no event: predicative).
 */
import type { EventsPack } from '../../extract/events/events-pack.js';

export default {
  segmentation: 'chars',
  nouns: [
    { noun: '峰会', type: 'summit' },
    { noun: '首脑会议', type: 'summit' },
    { noun: '元首理事会会议', type: 'summit' },
    { noun: '会议', type: 'meeting' },
    { noun: '会晤', type: 'meeting' },
    { noun: '会见', type: 'meeting' },
    { noun: '会谈', type: 'talks' },
    { noun: '论坛', type: 'forum' },
    { noun: '大会', type: 'conference' },
    { noun: '研讨会', type: 'conference' },
    { noun: '高级别会议', type: 'conference' },
    { noun: '仪式', type: 'ceremony' },
  ],
  deictics: ['本次', '这次', '此次', '本届', '此届', '今天的', '今日的', '这一'],
  ordinals: ['首届', '首次', '第一届', '第一次'],
  predicative: ['作为'],
  participation: ['出席', '参加', '与会', '参会'],
  phrase: {
    stops: ['的', '在', '于', '为', '将', '了', '是', '对', '与', '同', '出席', '参加', '举办', '举行', '承办', '召开', '主办',
      '，', '。', '、', '；', '：', '！', '？', '（', '）', '\n'],
    maxBack: 32,
  },
} satisfies EventsPack;
