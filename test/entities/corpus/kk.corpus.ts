/** Kazakh entities corpus: stacked suffixes come through the shared inflection helper. */
import { examples, mentions, never, type Corpus } from './corpus-types.js';

export const kk: Corpus = [
  examples(['country:kz', 'person:kassym-jomart-tokayev'], ['Қазақстан Президенті Қасым-Жомарт Тоқаев', 'Қазақстан Президенті Тоқаев']),
  examples(['country:kg', 'person:sadyr-japarov'], ['Қырғызстан Президенті Садыр Жапаровты']),
  examples(['country:cn', 'person:xi-jinping'], ['Қытай Халық Республикасының Төрағасы Си Цзиньпинге']),
  examples(['country:kz'], ['Қазақстан', 'Қазақстанның', 'Қазақстанға', 'Қазақстанда', 'Қазақстанды']),
  examples(['organization:sco'], ['ШЫҰ', 'ШЫҰ-ның', 'ШЫҰ-ға', 'Шанхай ынтымақтастық ұйымы', 'Шанхай ынтымақтастық ұйымын']),
  examples(['place:astana'], ['Астана', 'Астанада', 'Астанаға', 'Астанадағы']),
  mentions([['БҰҰ', 'organization:un'], ['Бас хатшысы', 'person:antonio-guterres', 'title'], ['Алматыда', 'place:almaty']],
    ['Биылғы тамызда БҰҰ Бас хатшысы Алматыда рәсімге қатысты.']),
  mentions([['Арвид Каллен', 'new:A', 'pattern'], ['Астанаға', 'place:astana'], ['Ол', 'new:A', 'coref']],
    ['Валдория Президенті Арвид Каллен Астанаға келді. Ол сапардың маңызын атап өтті.']),
  never(['person:'], [
    'Ол кітап оқыды.',
    'Өткен жылы оның көлемі 650 млрд доллардан асты.',
  ]),
];
