/** Kazakh (Cyrillic) text rules. Its own letters separate it from Russian before franc is asked. */
import type { TextPack } from '../../text/text-pack.js';

export default {
  tag: 'kk',
  francCode: 'kaz',
  script: 'Cyrillic',
  distinctiveLetters: 'әғқңөұүһіӘҒҚҢӨҰҮҺІ',
  sentences: {
    terminators: '.!?…',
    closers: '»“”")\'',
    abbreviations: [
      'ж.', 'жж.', 'т.б.', 'т.с.с.', 'млн.', 'млрд.', 'трлн.', 'мың.', 'б.з.б.', 'б.з.', 'ғ.',
      'мыс.', 'қ.', 'обл.', 'аудан.', 'көш.', 'проф.', 'акад.', 'г.', 'т.е.',
    ],
  },
} satisfies TextPack;
