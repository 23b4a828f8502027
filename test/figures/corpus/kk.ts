/** Kazakh figures corpus. */
import { examples, type FigureCorpus } from './examples.js';

export const kk: FigureCorpus = {
  examples: [
    examples({ value: 6.5e11, unit: 'USD', approx: 'more_than', kind: 'money' }, ['650 млрд доллардан асты', '650 млрд доллардан астам', '650 миллиард доллардан асып']),
    examples({ value: 7e10, unit: 'USD', approx: 'about' }, ['70 млрд долларға жуық', 'шамамен 70 млрд доллар']),
    examples({ value: 1.5e12, unit: 'USD', approx: 'up_to' }, ['1,5 трлн долларға дейін', '1,5 трлн долларға дейін табыс']),
    examples({ value: 5e12, unit: 'USD', approx: 'exact' }, ['5 трлн долларға', '5 трлн доллар', 'бес трлн доллар']),
    examples({ value: 1.2e8, unit: 'KZT' }, ['120 млн теңге', '120 млн теңгеге']),
    examples({ value: 4e9, unit: 'RUB' }, ['4 млрд рубль']),
    examples({ value: 2.5e9, unit: 'CNY' }, ['2,5 млрд юань']),
    examples({ value: 3e6, unit: 'EUR' }, ['3 млн еуро']),
    examples({ value: 30, unit: 'percent', kind: 'percent', approx: 'exact' }, ['30%', '30%-ға', '30 пайыз', '30%-ға дейін өседі']),
    examples({ value: 10, max: 15, unit: 'percent' }, ['10-15%']),
    examples({ value: 150, unit: 'count', approx: 'more_than', subject: 'ел', text: '150-ден астам' }, ['150-ден астам ел']),
    examples({ value: 4, unit: 'count', subject: 'қауіпсіздік орталығын', text: 'төрт' }, ['төрт қауіпсіздік орталығын']),
    examples({ value: 10, unit: 'years', kind: 'duration' }, ['10 жыл', '10 жылға']),
    examples({ value: 80, unit: 'anniversary', kind: 'anniversary' }, ['80 жылдығы', '80 жылдығына', '80 жылдық мерейтойы']),
    examples({ value: 25, unit: 'ordinal', kind: 'ordinal' }, ['25-ші', '25-інші']),
  ],
  negative: [
    'G20 саммиті', '«үш зұлымдыққа» қарсы', '2027 жылы', '2033 жылға қарай', 'екі есе артып', 'бір бағыт',
    '«ШЫҰ-ның алдағы 10 жылға арналған даму стратегиясы»',
  ],
};
