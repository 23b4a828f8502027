/** English entities corpus. */
import { examples, mentions, never, type Corpus } from './corpus-types.js';

export const en: Corpus = [
  examples(['person:kassym-jomart-tokayev'], ['President Kassym-Jomart Tokayev', 'President Tokayev']),
  examples(['country:kz', 'person:kassym-jomart-tokayev'], [
    'Kazakh President Tokayev', "Kazakhstan's President Tokayev", 'President of Kazakhstan Kassym-Jomart Tokayev',
  ]),
  examples(['country:cn', 'person:xi-jinping'], ["President of the People's Republic of China Xi Jinping", 'Chinese President Xi Jinping']),
  examples(['country:kg', 'person:sadyr-japarov'], ['President of Kyrgyzstan Sadyr Japarov']),
  examples(['organization:sco', 'organization:cica'], ['business ties between the SCO and CICA']),
  examples(['country:kz'], ['Kazakhstan', "Kazakhstan's", 'Republic of Kazakhstan']),
  // Role by date.
  mentions([['Kazakh', 'country:kz'], ['President', 'person:kassym-jomart-tokayev', 'title']], ['The Kazakh President arrived.']),
  mentions([['Kazakh', 'country:kz'], ['leader', 'person:kassym-jomart-tokayev', 'title']], ['Talks with the Kazakh leader ended.']),
  mentions([['Kazakh', 'country:kz'], ['leader', 'person:nursultan-nazarbayev', 'title']], ['Talks with the Kazakh leader ended.'], '2015-06-01'),
  mentions([['UN', 'organization:un'], ['Secretary-General', 'person:antonio-guterres', 'title'], ['Almaty', 'place:almaty']],
    ['In August this year, the UN Secretary-General attended the opening ceremony in Almaty.']),
  // Unknown people, their surnames and pronouns.
  mentions([
    ['Arvid Kallen', 'new:A', 'pattern'], ['Almaty', 'place:almaty'], ['Kallen', 'new:A', 'coref'],
    ['Irena Ostrova', 'new:B', 'pattern'], ['She', 'new:B', 'coref'],
  ], ['Valdorian President Arvid Kallen arrived in Almaty. Kallen met Foreign Minister Irena Ostrova of Marenia. She said the talks went well.']),
  mentions([['Arvid Kallen', 'new:A', 'pattern'], ['his', 'new:A', 'coref']],
    ['President of Valdoria Arvid Kallen ended his visit.']),
  never(['country:', 'person:'], [
    'Turkey should rest for twenty minutes before carving. Serve the turkey with cranberry sauce.',
    'The president of the tennis club thanked the volunteers.',
    'He said the weather was fine.',
  ]),
];
