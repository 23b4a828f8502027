/** Russian text rules: abbreviations that end in a full stop without ending the sentence. */
import type { TextPack } from '../../text/text-pack.js';

export default {
  tag: 'ru',
  francCode: 'rus',
  script: 'Cyrillic',
  sentences: {
    terminators: '.!?…',
    closers: '»“”")\'',
    abbreviations: [
      'г.', 'гг.', 'т.е.', 'т.к.', 'т.д.', 'т.п.', 'т.н.', 'др.', 'пр.', 'см.', 'ср.', 'им.',
      'млн.', 'млрд.', 'трлн.', 'тыс.', 'руб.', 'долл.', 'коп.', 'ул.', 'д.', 'стр.', 'рис.',
      'напр.', 'проф.', 'акад.', 'ген.', 'гос.', 'обл.', 'р-н.', 'с.', 'в.', 'вв.', 'н.э.',
      'ст.', 'п.', 'ч.', 'мин.', 'сек.', 'кв.', 'км.', 'о.', 'ж.', 'г-н.', 'г-жа.',
    ],
  },
} satisfies TextPack;
