import { describe } from 'vitest';
import { examples, KALLEN, OSTROVA, quoted, runCorpus } from './stance-corpus.js';

const V = 'country:valdoria';
const M = 'country:marenia';
const U = 'organization:ostrenian-union';
const K = KALLEN.id;
const O = OSTROVA.id;

const mentions = {
  Валдория: V, Валдорияның: V, Марения: M, Маренияның: M, Маренияға: M, 'Острения одағының': U, 'Острения одағы': U,
  'Арвид Каллен': K, 'Ирена Острова': O, 'Ирена Островаға': O, 'Ирена Острованы': O,
};

describe('kk stance corpus', () => {
  runCorpus('kk', mentions, [
    ...examples({ type: 'support', holder: V, target: 'Маренияның бейбіт жоспарын' }, ['Валдория Маренияның бейбіт жоспарын қолдайды.', 'Валдория Маренияның бейбіт жоспарын толық қолдайды.']),
    ...examples({ type: 'propose', holder: M, target: 'жаңа келіссөздер өткізуді' }, ['Марения жаңа келіссөздер өткізуді ұсынды.']),
    ...examples({ type: 'call', holder: O, target: 'тараптарды байсалдылыққа' }, ['Ирена Острова тараптарды байсалдылыққа шақырды.']),
    ...examples({ type: 'praise', holder: V, target: 'Острения одағының рөлін' }, ['Валдория Острения одағының рөлін жоғары бағалайды.']),
    ...examples({ type: 'welcome', holder: M, target: 'бұл шешімді' }, ['Марения бұл шешімді құптайды.']),
    ...examples({ type: 'oppose', holder: V }, ['Валдория үкіметі бүгінгі шабуылды қатаң айыптайды.']),
    ...examples({ type: 'oppose', holder: V, target: 'бұл ұсынысты' }, ['Валдория бұл ұсынысты қолдамайды.']),
    ...examples({ type: 'thank', holder: K, target: 'Ирена Островаға сапары үшін' }, ['Арвид Каллен Ирена Островаға сапары үшін алғыс айтты.']),
    ...examples({ type: 'congratulate', holder: K, target: 'Ирена Острованы тағайындалуымен' }, ['Арвид Каллен Ирена Острованы тағайындалуымен құттықтады.']),
    quoted({ type: 'support', holder: V, speaker: K, target: 'бұл бастаманы' }, '— Біз бұл бастаманы толық қолдаймыз, — деді Арвид Каллен.', 'Біз бұл бастаманы толық қолдаймыз', K),
    quoted({ type: 'call', holder: O, speaker: O, target: 'тараптарды келіссөзге' }, '— Мен тараптарды келіссөзге шақырамын, — деді Ирена Острова.', 'Мен тараптарды келіссөзге шақырамын', O),
    // The verb's person ending names the subject: -мыз is the speaker's side.
    quoted({ type: 'support', holder: V, speaker: K }, '— Бұл шешімді қолдаймыз, — деді Арвид Каллен.', 'Бұл шешімді қолдаймыз', K),
    ...examples(null, [
      'Халықтың қолдауы жоғары.',
      'Ұсыныс қабылданды.',
      'Порттар мен логистикалық орталықтар дамып келеді.',
    ]),
  ]);
});
