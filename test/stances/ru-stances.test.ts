import { describe, expect, it } from 'vitest';
import { examples, KALLEN, OSTROVA, quoted, runCorpus, stancesOf } from './stance-corpus.js';

const V = 'country:valdoria';
const M = 'country:marenia';
const U = 'organization:ostrenian-union';
const K = KALLEN.id;
const O = OSTROVA.id;

const mentions = {
  Валдория: V, Валдории: V, Валдорию: V, Валдорией: V, Марения: M, Марении: M, Марению: M, Маренией: M,
  'Остренийский союз': U, 'Остренийского союза': U, 'Арвид Каллен': K, 'Арвида Каллена': K, Каллен: K,
  'Ирена Острова': O, 'Ирену Острову': O, Острову: O,
};

describe('ru stance corpus', () => {
  runCorpus('ru', mentions, [
    ...examples({ type: 'support', holder: V, target: 'план Марении' }, ['Валдория поддерживает план Марении.', 'Валдория поддержала план Марении.']),
    ...examples({ type: 'support', holder: K, target: 'продолжение переговоров' }, ['Президент Арвид Каллен выступил за продолжение переговоров.']),
    ...examples({ type: 'support', holder: V, proposer: M, initiative: 'initiative:зоны-свободной-торговли' },
      ['Валдория поддерживает инициативу Марении о создании зоны свободной торговли.']),
    ...examples({ type: 'propose', holder: M, target: 'провести новый раунд переговоров' }, ['Марения предложила провести новый раунд переговоров.']),
    ...examples({ type: 'call', holder: O, target: 'стороны к сдержанности' }, ['Ирена Острова призвала стороны к сдержанности.']),
    ...examples({ type: 'praise', holder: V, target: 'роль Марении в урегулировании' }, ['Валдория высоко оценивает роль Марении в урегулировании.']),
    ...examples({ type: 'welcome', holder: M, target: 'решение Остренийского союза' }, ['Марения приветствует решение Остренийского союза.']),
    ...examples({ type: 'oppose', holder: V }, ['Валдория осуждает нападение.', 'Валдория выступает против размещения ракет.', 'Валдория отвергла ультиматум.']),
    ...examples({ type: 'oppose', holder: V, target: 'это предложение' }, ['Валдория не поддерживает это предложение.']),
    ...examples({ type: 'thank', holder: K, target: 'Ирену Острову за визит' }, ['Арвид Каллен поблагодарил Ирену Острову за визит.']),
    ...examples({ type: 'congratulate', holder: K, target: 'Острову с назначением' }, ['Каллен поздравил Острову с назначением.']),
    quoted({ type: 'propose', holder: V, speaker: K, target: 'созвать конференцию' }, '«Мы предлагаем созвать конференцию», — сказал Каллен.', 'Мы предлагаем созвать конференцию', K),
    quoted({ type: 'call', holder: O, speaker: O }, '«Я призываю стороны прекратить огонь», — заявила Острова.', 'Я призываю стороны прекратить огонь', O),
    // The verb's person ending names the subject when no pronoun does.
    quoted({ type: 'support', holder: V, speaker: K }, '«Полностью поддерживаем это решение», — сказал Каллен.', 'Полностью поддерживаем это решение', K),
    quoted({ type: 'thank', holder: K, speaker: K }, '«Благодарю всех участников», — сказал Каллен.', 'Благодарю всех участников', K),
    ...examples(null, [
      'Благодаря усилиям сторон переговоры продолжились.',
      'Это инициатива, которую поддерживают более 150 стран.',
      'Поддержка населения остается высокой.',
      'Предложение было принято.',
      'Валдория не благодарит журналистов.',
    ]),
  ]);

  it('links a gazetteer initiative named in another case (Банка развития ШОС)', async () => {
    const { stances } = await stancesOf('Валдория поддерживает инициативу о создании Банка развития ШОС.', 'ru', mentions);
    expect(stances.map((s) => s.target.initiative)).toEqual(['initiative:sco-development-bank']);
  });
});
