import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../src/extract/times/calendar.js';
import { resolveTime } from '../../src/extract/times/resolve-time.js';

const ref = parseIsoDate('2025-09-04'); // a Thursday
const roles = (r: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(r).map(([k, v]) => [k, { text: String(v), value: typeof v === 'number' ? v : undefined }]));

describe('TIMEX3 resolution', () => {
  it('resolves relative years, months and days against the article date', () => {
    expect(resolveTime(roles({ relYear: -1 }), ref)).toEqual({ value: '2024', type: 'DATE' });
    expect(resolveTime(roles({ relYear: 0, month: 8 }), ref)).toEqual({ value: '2025-08', type: 'DATE' });
    expect(resolveTime(roles({ relMonth: -9 }), ref)?.value).toBe('2024-12');
    expect(resolveTime(roles({ relDay: -4 }), ref)?.value).toBe('2025-08-31');
  });

  it('takes the nearest weekday, or the one in the named week', () => {
    expect(resolveTime(roles({ weekday: 1 }), ref)?.value).toBe('2025-09-01');
    expect(resolveTime(roles({ weekday: 7 }), ref)?.value).toBe('2025-09-07');
    expect(resolveTime(roles({ weekday: 5, relWeek: -1 }), ref)?.value).toBe('2025-08-29');
    expect(resolveTime(roles({ relWeek: 0 }), ref)?.value).toBe('2025-W36');
  });

  it('gives a month without a year the article year', () => {
    expect(resolveTime(roles({ month: 11 }), ref)?.value).toBe('2025-11');
  });

  it('leaves what it cannot resolve without an article date', () => {
    expect(resolveTime(roles({ relYear: -1 }), undefined)).toBeUndefined();
    expect(resolveTime(roles({ month: 11 }), undefined)?.value).toBe('XXXX-11');
    expect(resolveTime(roles({ year: '2027' }), undefined)?.value).toBe('2027');
  });

  it('rejects dates that do not exist', () => {
    expect(resolveTime(roles({ year: '2025', month: 2, day: '30' }), ref)).toBeUndefined();
    expect(resolveTime(roles({ year: '2025', month: 13 }), ref)).toBeUndefined();
  });

  it('writes durations and sets', () => {
    expect(resolveTime({ number: { text: '10', value: { value: 10, inWords: false } }, unit: { text: '年', value: 'Y' } }, ref))
      .toEqual({ value: 'P10Y', type: 'DURATION' });
    expect(resolveTime({ set: { text: '每年', value: 'P1Y' } }, ref)).toEqual({ value: 'P1Y', type: 'SET' });
  });
});
