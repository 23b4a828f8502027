/** English times corpus; reference date 2025-09-01 (Monday). */
import { examples, set, type TimeCorpus } from './examples.js';

export const en: TimeCorpus = {
  examples: [
    examples('2025-09-01', ['September 1, 2025', '1 September 2025', 'Sept. 1, 2025', 'today', 'on Monday', 'September 1', '2025-09-01']),
    examples('2025-08', ['August this year', 'in August']),
    examples('2025-11', ['in November', 'November 2025']),
    examples('2024', ['last year']),
    examples('2026', ['next year']),
    examples('2025', ['this year']),
    examples('2027', ['in 2027', 'In 2027']),
    examples('2033', ['by 2033', 'By 2033', 'until 2033']),
    examples('2024-03', ['March last year']),
    examples('2025-09', ['this month']),
    examples('2025-10', ['next month']),
    examples('2025-08-31', ['yesterday']),
    examples('2025-08-29', ['on Friday']),
    examples('2025-09-03', ['on Wednesday']),
    examples('2025-W35', ['last week']),
    examples('P10Y', ['10 years', 'the next 10 years', 'ten years', 'a 10-year']),
    examples('P3M', ['three months']),
    set('P1Y', ['annually', 'every year', '$1.5 trillion a year']),
  ],
  negative: [
    'the “SCO Development Strategy for the Next 10 Years”', 'May I ask', 'Kazakhstan may help', '2000', '80th anniversary',
    '150 countries', 'within a year', 'G20', 'March on Washington',
  ],
};
