/**
 * A figure's value for reading: compact in the reader's language (6.5e11 USD → "$650B",
 * "6500亿美元" style in Chinese via Intl), percent as percent, years as plain numbers.
 */
const CURRENCY = /^[A-Z]{3}$/;

export function formatFigure(value: number, unit: string, lang: string, max?: number): string {
  const one = (v: number) => {
    if (CURRENCY.test(unit)) {
      try {
        return new Intl.NumberFormat(lang, { style: 'currency', currency: unit, notation: 'compact', maximumFractionDigits: 2 }).format(v);
      } catch {
        return `${v} ${unit}`;
      }
    }
    if (unit === 'percent') return `${new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(v)}%`;
    if (unit === 'year' || unit === 'ordinal' || unit === 'anniversary') return String(v);
    const n = new Intl.NumberFormat(lang, { notation: v >= 1e5 ? 'compact' : 'standard', maximumFractionDigits: 2 }).format(v);
    return unit === 'count' ? n : `${n} ${unit}`;
  };
  return max !== undefined && max !== value ? `${one(value)}–${one(max)}` : one(value);
}
