/**
 * A rule match read as a figure's value, range, unit and approximation. Rejects what is no claim:
 * money without a currency, or a count or duration of one written as a word (一个, a, один),
 * which is an article or a pronoun far more often than a number.
 */
import type { Approx } from '../../record/article-record.js';
import type { Capture, RuleMatch } from '../rules/rule-compiler.js';
import { APPROX_VALUES, type FigureRule } from './figures-pack.js';

export interface FigureReading {
  readonly value: number;
  readonly max?: number;
  readonly unit: string;
  readonly approx: Approx;
}

interface Numeral {
  readonly value: number;
  readonly inWords: boolean;
}

function numeral(capture: Capture | undefined): Numeral | undefined {
  const v = capture?.value as Partial<Numeral> | undefined;
  return v && typeof v.value === 'number' && Number.isFinite(v.value) ? { value: v.value, inWords: v.inWords === true } : undefined;
}

function multiplier(capture: Capture | undefined): number {
  return typeof capture?.value === 'number' ? capture.value : 1;
}

const UNIT_OF_KIND: Readonly<Record<Exclude<FigureRule['kind'], 'money'>, string>> = {
  percent: 'percent', count: 'count', duration: 'years', anniversary: 'anniversary', ordinal: 'ordinal',
};

/** Floating-point products such as 1.5 × 1e12 are rounded to the precision the text gave. */
function scaled(value: number, by: number): number {
  return by === 1 ? value : Number((value * by).toPrecision(12));
}

export function readFigure(match: RuleMatch<FigureRule>): FigureReading | undefined {
  const { roles, rule } = match;
  const number = numeral(roles['number']);
  if (number === undefined) return undefined;
  const value = scaled(number.value, multiplier(roles['minScale'] ?? roles['scale']));
  const maxNumeral = numeral(roles['max']);
  const max = maxNumeral === undefined ? undefined : scaled(maxNumeral.value, multiplier(roles['maxScale'] ?? roles['scale']));
  if ((rule.kind === 'count' || rule.kind === 'duration') && number.inWords && number.value <= 1) return undefined;
  let unit: string;
  if (rule.kind === 'money') {
    const currency = roles['currency']?.value;
    if (typeof currency !== 'string') return undefined;
    unit = currency;
  } else {
    unit = UNIT_OF_KIND[rule.kind];
  }
  let approx: Approx = 'exact';
  for (const [role, capture] of Object.entries(roles)) {
    if (role.startsWith('approx') && APPROX_VALUES.has(capture?.value as Approx)) { approx = capture!.value as Approx; break; }
  }
  return { value, ...(max !== undefined && max !== value ? { max } : {}), unit, approx };
}
