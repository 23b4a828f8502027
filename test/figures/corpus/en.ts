/** English figures corpus. */
import { examples, type FigureCorpus } from './examples.js';

export const en: FigureCorpus = {
  examples: [
    examples({ value: 6.5e11, unit: 'USD', approx: 'more_than', kind: 'money' }, [
      'more than $650 billion', 'over $650 billion', 'exceeded $650 bln', 'more than 650 billion dollars', 'more than USD 650 bn',
      'in excess of US$650 billion', 'more than $650,000,000,000',
    ]),
    examples({ value: 7e10, unit: 'USD', approx: 'about' }, ['nearly $70 billion', 'about $70 billion', 'almost 70 billion US dollars', 'around $70bn']),
    examples({ value: 1.5e12, unit: 'USD', approx: 'up_to' }, ['up to $1.5 trillion', 'as much as $1.5 trillion', 'up to $1.5 tn']),
    examples({ value: 5e12, unit: 'USD', approx: 'exact' }, ['$5 trillion', 'five trillion dollars', '$5,000 billion']),
    examples({ value: 2.5e9, unit: 'CNY' }, ['2.5 billion yuan', 'CNY 2.5 billion', '2.5 bn renminbi']),
    examples({ value: 3e6, unit: 'EUR' }, ['€3 million', '3 million euros', 'EUR 3 mln']),
    examples({ value: 4e9, unit: 'RUB' }, ['4 billion rubles', '₽4 billion', '4 bln roubles']),
    examples({ value: 1.2e8, unit: 'KZT' }, ['120 million tenge', 'KZT 120 million']),
    examples({ value: 5e9, max: 6e9, unit: 'USD' }, ['$5-6 billion', '$5 to 6 billion']),
    examples({ value: 8e6, unit: 'USD', approx: 'less_than' }, ['less than $8 million', 'under $8 million']),
    examples({ value: 2e8, unit: 'USD', approx: 'at_least' }, ['at least $200 million', '$200 million or more']),
    examples({ value: 30, unit: 'percent', kind: 'percent' }, ['30%', '30 percent', '30 per cent']),
    examples({ value: 10, max: 15, unit: 'percent' }, ['10-15%', '10% to 15%', '10–15 percent']),
    examples({ value: 1.5, unit: 'percent', approx: 'about' }, ['about 1.5%', 'roughly 1.5 per cent']),
    examples({ value: 150, unit: 'count', approx: 'more_than', subject: 'countries', text: 'more than 150' }, ['more than 150 countries']),
    examples({ value: 150, unit: 'count', approx: 'more_than', subject: 'countries', text: 'over 150' }, ['over 150 countries']),
    examples({ value: 4, unit: 'count', subject: 'security centres', text: 'four' }, ['four security centres']),
    examples({ value: 1500, unit: 'count', subject: 'delegates' }, ['1,500 delegates']),
    examples({ value: 10, unit: 'years', kind: 'duration' }, ['10 years', 'ten years', 'a 10-year plan']),
    examples({ value: 80, unit: 'anniversary', kind: 'anniversary', text: '80th anniversary' }, ['80th anniversary']),
    examples({ value: 25, unit: 'anniversary' }, ['25th anniversary', '25 anniversary']),
    examples({ value: 25, unit: 'ordinal', kind: 'ordinal' }, ['25th', 'the 25th summit']),
  ],
  negative: [
    'G20 summit', 'the G7', 'COVID-19 pandemic', 'Call +7 (7172) 74-56-02 for details', 'Room 5.', 'in 2027', 'By 2033,',
    'September 1, 2025', 'the “SCO Development Strategy for the Next 10 Years”', 'combating the “three evils”',
    'one of the most important', 'a year ago', 'at 10 am', 'Chapter 5 of the report', 'doubled',
  ],
};
