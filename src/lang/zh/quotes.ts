/**
 * Chinese quotes: marks “…” ‘…’ 「…」 『…』 (traditional texts prefer the corner brackets), titles
 * 《…》 〈…〉, dash-led speech closed by `-托卡耶夫说。`, and cues after the subject (`托卡耶夫指出，…`,
 * `他强调…`, `据X介绍，…`). Traditional forms sit beside simplified ones (说/說, 强调/強調).
 * Format: see src/extract/quotes/quotes-pack.ts. Examples: test/quotes/zh-quotes.test.ts.
 */
import type { QuotesPack, TableEntry } from '../../extract/quotes/quotes-pack.js';

/** 说 in 据说 (hearsay), 小说 (novel), 演说 (a speech), 说明 (explain), 说法 (a version) is no cue. */
const SAY_AFTER = ['据', '據', '小', '演', '听', '聽', '传', '傳', '游', '遊', '劝', '勸', '学', '學', '虽', '雖', '或者', '比如', '再', '胡', '解'];
const SAY_BEFORE = ['明', '服', '法', '成', '起', '话', '話', '谎', '謊'];
/** 称 in 名称, 称为 (is called), 称赞 (praises), 职称 is no cue. */
const CALL_AFTER = ['名', '简', '簡', '职', '職', '俗', '堪', '统', '統', '尊', '昵', '通', '总', '總', '对', '對', '著', '号', '號', '人', '宣', '声', '聲', '自'];
const CALL_BEFORE = ['为', '為', '赞', '讚', '贊', '号', '號', '作', '呼', '之', '道', '霸', '职', '職', '得'];
/** 表示 followed by an attitude expresses it (表示感谢 thanks): a stance, not a statement. */
const EXPRESS_BEFORE = [
  '感谢', '感謝', '谢意', '謝意', '赞赏', '讚賞', '欢迎', '歡迎', '祝贺', '祝賀', '支持', '同意', '反对', '反對',
  '关切', '關切', '关注', '關注', '遗憾', '遺憾', '哀悼', '慰问', '慰問', '敬意', '满意', '滿意', '不满', '不滿',
  '谴责', '譴責', '愿意', '願意', '祝愿', '祝願', '同情', '钦佩', '欽佩',
];

const cue: readonly TableEntry[] = [
  { word: '说', unlessAfter: SAY_AFTER, unlessBefore: SAY_BEFORE },
  { word: '說', unlessAfter: SAY_AFTER, unlessBefore: SAY_BEFORE },
  '说道', '說道', '补充说', '補充說',
  { word: '表示', unlessBefore: EXPRESS_BEFORE },
  '指出', '强调', '強調', '认为', '認為', '声称', '聲稱', '宣称', '宣稱',
  { word: '称', unlessAfter: CALL_AFTER, unlessBefore: CALL_BEFORE },
  { word: '稱', unlessAfter: CALL_AFTER, unlessBefore: CALL_BEFORE },
  '介绍', '介紹', '透露', '重申', '坦言', '提到', '告诉记者', '告訴記者',
];

export default {
  marks: [
    { open: '“', close: '”' },
    { open: '‘', close: '’' },
    { open: '「', close: '」' },
    { open: '『', close: '』' },
    { open: '"', close: '"' },
  ],
  titleMarks: [
    { open: '《', close: '》' },
    { open: '〈', close: '〉' },
  ],
  speechDashes: '—–―',
  attributionDashes: '-—–－―',
  introPunctuation: '：:，,',
  /** Every rule's cue holds one of these. */
  triggers: ['{cue}', '{accordingCue}', '{trailCue}'],
  wordBoundaries: false,
  tables: {
    cue,
    /** After a sentence-final comma, only the plain verbs close unmarked speech (`……，他说。`). */
    trailCue: ['说', '說', '表示', '指出', '强调', '強調', '说道', '說道'],
    /** 据X介绍 / 據X稱: according to X. */
    accordingCue: ['介绍', '介紹', '称', '稱', '透露', '表示', '说', '說', '报道', '報導'],
    dash: ['——', '--', '-', '—', '–', '－', '―'],
    /** Singular personal pronouns; 他们 (they) names no one speaker. */
    pronoun: [
      { word: '他', unlessBefore: ['们', '們'] },
      { word: '她', unlessBefore: ['们', '們'] },
    ],
  },
  patterns: {
    /** Where a subject or a speaker sits: no punctuation, no quote marks, at most 20 characters. */
    slot: '[^，,。！？!?；;：:、“”‘’「」『』《》()（）\\s]{1,20}?',
    shortSlot: '[^，,。！？!?；;：:、“”‘’「」『』《》()（）\\s]{1,12}?',
    stop: '[。.！!]?',
  },
  rules: [
    // —…。-托卡耶夫说。 / “……”，托卡耶夫说。
    { name: 'dash-name-says', kind: 'closing', pattern: '[，,]?\\s?(?:{dash})?\\s?(?<speaker>{slot})(?<cue>{cue})(?:了)?{stop}', confidence: 0.95 },
    // 托卡耶夫表示：“…” / 他说，“…”
    { name: 'name-says-colon', kind: 'intro', pattern: '(?<speaker>{slot})(?<cue>{cue})(?:了|道)?[：:，,]', confidence: 0.9 },
    // 据外交部发言人介绍，… / 据介绍，… (no one named: speaker null)
    { name: 'according-to', kind: 'lead', pattern: '[据據](?<speaker>[^，,。！？；：“”「」]{0,20}?)(?<cue>{accordingCue})[，,]', confidence: 0.85 },
    // 托卡耶夫指出，… / 他强调首要任务是… / 总统强调了…的重要性
    { name: 'subject-cue', kind: 'lead', pattern: '(?<speaker>{slot})(?<cue>{cue})(?:了)?[，,：:]?', confidence: 0.85 },
    // ……，他说。 (unmarked speech closed by its attribution)
    { name: 'comma-name-says', kind: 'trail', pattern: '[，,](?<speaker>{shortSlot})(?<cue>{trailCue})', confidence: 0.75 },
  ],
} satisfies QuotesPack;
