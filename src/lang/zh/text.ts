/**
 * Chinese text rules. Traditional Chinese is a variant of this pack, told apart by frequent
 * characters whose simplified and traditional forms differ (pairs aligned by position).
 */
import type { TextPack } from '../../text/text-pack.js';

export default {
  tag: 'zh',
  francCode: 'cmn',
  script: 'Han',
  variant: {
    tag: 'zh-Hant',
    markers: '們這國會說為發時對後來經與過關於從還開無麼實現當點進動種戰區產統間問題機長議務體總員報導際資決應設參將習類組織權則條級處邊鄉聯軍陸東亞歐貿濟債銀聲稱記談強調興辦協並屆領勢願歷擊傳',
    baseMarkers: '们这国会说为发时对后来经与过关于从还开无么实现当点进动种战区产统间问题机长议务体总员报导际资决应设参将习类组织权则条级处边乡联军陆东亚欧贸济债银声称记谈强调兴办协并届领势愿历击传',
  },
  sentences: {
    terminators: '。！？!?；',
    closers: '”’」』》）)"\'',
    abbreviations: [],
  },
} satisfies TextPack;
