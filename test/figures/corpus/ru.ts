/** Russian figures corpus. */
import { examples, type FigureCorpus } from './examples.js';

export const ru: FigureCorpus = {
  examples: [
    examples({ value: 6.5e11, unit: 'USD', approx: 'more_than', kind: 'money' }, [
      'более 650 млрд долларов', 'свыше 650 млрд долл.', 'превысил 650 млрд долларов', 'более 650 миллиардов долларов США',
      'более $650 млрд',
    ]),
    examples({ value: 7e10, unit: 'USD', approx: 'about' }, ['почти 70 млрд долларов', 'около 70 млрд долларов', 'примерно 70 миллиардов долларов']),
    examples({ value: 1.5e12, unit: 'USD', approx: 'up_to' }, ['до 1,5 трлн долларов', 'доход до 1,5 трлн долларов', 'не более 1,5 трлн долларов']),
    examples({ value: 5e12, unit: 'USD', approx: 'exact' }, ['5 трлн долларов', 'пять триллионов долларов']),
    examples({ value: 1500, unit: 'USD' }, ['1 500 долларов', '1500 долларов']),
    examples({ value: 1.5, unit: 'USD' }, ['1,5 доллара']),
    examples({ value: 1e5, unit: 'RUB' }, ['100 тыс. рублей', '100 тысяч рублей', '100 тыс. руб.']),
    examples({ value: 2.5e9, unit: 'CNY' }, ['2,5 млрд юаней']),
    examples({ value: 3e6, unit: 'EUR' }, ['3 млн евро']),
    examples({ value: 1.2e8, unit: 'KZT' }, ['120 млн тенге']),
    examples({ value: 1e9, max: 1.5e9, unit: 'USD' }, ['от 1 до 1,5 млрд долларов', '1-1,5 млрд долларов']),
    examples({ value: 8e6, unit: 'USD', approx: 'less_than' }, ['менее 8 млн долларов']),
    examples({ value: 2e8, unit: 'USD', approx: 'at_least' }, ['не менее 200 млн долларов', 'как минимум 200 млн долларов']),
    examples({ value: 30, unit: 'percent', kind: 'percent', approx: 'exact' }, ['30%', '30 процентов', 'вырастет до 30%', 'достигла 30%']),
    examples({ value: 10, max: 15, unit: 'percent' }, ['от 10 до 15%', '10-15%']),
    examples({ value: 1.5, unit: 'percent', approx: 'about' }, ['около 1,5%', 'почти 1,5 процента']),
    examples({ value: 150, unit: 'count', approx: 'more_than', subject: 'стран', text: 'более 150' }, ['более 150 стран']),
    examples({ value: 150, unit: 'count', approx: 'more_than', subject: 'стран', text: 'свыше 150' }, ['свыше 150 стран']),
    examples({ value: 4, unit: 'count', subject: 'центров', text: 'четырёх' }, ['четырёх центров безопасности']),
    examples({ value: 4, unit: 'count', subject: 'центров', text: 'четырех' }, ['четырех центров безопасности']),
    examples({ value: 3, unit: 'years', kind: 'duration' }, ['три года', '3 года']),
    examples({ value: 10, unit: 'years' }, ['10 лет']),
    examples({ value: 80, unit: 'anniversary', kind: 'anniversary' }, ['80-летие', '80-летием', '80-летия', '80-я годовщина']),
    examples({ value: 25, unit: 'ordinal', kind: 'ordinal' }, ['25-й', '25-го', '25-я']),
  ],
  negative: [
    'саммит G20', 'COVID-19', 'тел. +7 (7172) 74-56-02', 'в 2027 году', 'К 2033 году', '1 сентября 2025 года',
    '«Стратегия развития ШОС на следующие 10 лет»', 'против «трех зол» — терроризма', 'одна из стран',
    'в 2 раза', '10 лет назад',
  ],
};
