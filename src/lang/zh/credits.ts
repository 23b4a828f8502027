/**
 * Chinese credit lines, simplified and traditional: `【编译：阿遥】`, `（来源：新华社）`,
 * `图片来源：…`, `【責任編輯：…】`, `新华社记者李学仁摄`. Format: see src/ingest/credit-pack.ts.
 */
import type { CreditPack } from '../../ingest/credit-pack.js';

export default {
  credits: [
    {
      role: 'photo',
      words: ['图片来源', '圖片來源', '摄影', '攝影', '图片', '圖片', '供图', '供圖', '图', '圖'],
      separator: 'required',
      suffixes: ['摄', '攝'],
    },
    { role: 'compiler', words: ['编译', '編譯', '整理'], separator: 'required' },
    { role: 'translator', words: ['翻译', '翻譯', '译者', '譯者'], separator: 'required' },
    { role: 'author', words: ['作者', '记者', '記者', '撰文', '撰稿', '文'], separator: 'required' },
    {
      role: 'editor',
      words: ['责任编辑', '責任編輯', '责编', '責編', '编辑', '編輯', '审校', '審校', '校对', '校對'],
      separator: 'required',
    },
    {
      role: 'source',
      words: ['消息来源', '消息來源', '信息来源', '資料來源', '资料来源', '稿源', '来源', '來源'],
      separator: 'required',
    },
  ],
} satisfies CreditPack;
