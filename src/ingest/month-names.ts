/**
 * Month names as datelines and stated dates write them. Format: lower-case word (without a
 * trailing full stop) → month number. English full names and agency abbreviations (`Sept`),
 * Russian genitive and nominative (`1 сентября`), Kazakh (`1 қыркүйек`).
 */

const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
  june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9,
  october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,

  января: 1, февраля: 2, марта: 3, апреля: 4, мая: 5, июня: 6, июля: 7, августа: 8,
  сентября: 9, октября: 10, ноября: 11, декабря: 12,
  январь: 1, февраль: 2, март: 3, апрель: 4, май: 5, июнь: 6, июль: 7, август: 8,
  сентябрь: 9, октябрь: 10, ноябрь: 11, декабрь: 12,

  қаңтар: 1, ақпан: 2, наурыз: 3, сәуір: 4, мамыр: 5, маусым: 6, шілде: 7, тамыз: 8,
  қыркүйек: 9, қазан: 10, қараша: 11, желтоқсан: 12,
};

export function monthNumber(word: string): number | undefined {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')];
}

/** Every month word in lower case, capitalised and upper case, longest first, for a regex alternation. */
export function monthWordVariants(): readonly string[] {
  const variants = new Set<string>();
  for (const word of Object.keys(MONTHS)) {
    variants.add(word);
    variants.add(word.charAt(0).toUpperCase() + word.slice(1));
    variants.add(word.toUpperCase());
  }
  return [...variants].sort((a, b) => b.length - a.length);
}
