import { describe, expect, it } from 'vitest';
import { claimlessFinder, type ClaimlessData } from '../../src/extract/rules/claimless-spans.js';
import { enClaimless } from '../../src/lang/en/figures.js';
import { ruClaimless } from '../../src/lang/ru/figures.js';
import { zhClaimless, zhSpelling } from '../../src/lang/zh/figures.js';

function names(data: ClaimlessData, text: string, spelling = {}): string[] {
  return claimlessFinder(data, spelling).find(text, 0, text.length).map((s) => text.slice(s.start, s.end));
}

describe('claimless spans', () => {
  it('takes book-title marks for titles, however long', () => {
    expect(names(zhClaimless, '今天将通过的《上合组织未来10年发展战略》，必须得到全面落实。')).toEqual(['《上合组织未来10年发展战略》']);
  });

  it('takes short quoted names, not quoted speech', () => {
    // 三股势力 is also a fixed expression, so it is claimless with or without its quotes.
    expect(names(zhClaimless, '打击“三股势力”。他说：“我们支持，并愿意参与。”')).toEqual(['“三股势力”', '三股势力']);
    expect(names(ruClaimless, 'против «трех зол» — терроризма')).toEqual(['«трех зол»']);
    expect(names(ruClaimless, '«Мы выросли на 5%», — сказал он.')).toEqual([]);
  });

  it('pairs a name nested in an English quotation', () => {
    const text = '“The “SCO Development Strategy for the Next 10 Years” must be implemented,” he said.';
    expect(names(enClaimless, text)).toEqual(['“SCO Development Strategy for the Next 10 Years”']);
  });

  it('finds fixed expressions in both Chinese spellings', () => {
    expect(names(zhClaimless, '一带一路和一帶一路', zhSpelling)).toEqual(['一带一路', '一帶一路']);
  });

  it('pairs what it can when marks do not balance, and ignores the rest', () => {
    expect(names(enClaimless, '” “a” “')).toEqual(['“a”']);
    expect(names(enClaimless, '“'.repeat(1000))).toEqual([]);
  });
});
