/**
 * Agency datelines that open the first paragraph of a report. Data for lift-dateline.ts.
 *
 * Format: each pattern is a regular-expression source, anchored at the start of the first body
 * line, written with named slots that the engine fills in:
 *   {PLACE}     an upper-case place name (`TIANJIN`, `НУР-СУЛТАН`, `ST. PETERSBURG`)
 *   {PLACE_ZH}  a place in Han characters (`天津`)
 *   {DAY}       a day number; {MONTH} a month word (month-names.ts); {MONTH_NUM} a month number
 *   {AGENCY}    any capitalised agency word (`TASS`, `Reuters`, `КАЗИНФОРМ`, `ҚазАқпарат`)
 *   {KNOWN_AGENCY} one of KNOWN_AGENCIES, for patterns too loose to trust with any word
 *   {AGENCY_ZH} one of ZH_AGENCIES; {DASH} a hyphen, double hyphen, en or em dash
 * Slots are bounded, so every match costs constant time per article.
 */

export interface DatelinePattern {
  readonly name: string;
  /** Datelines this pattern must lift (the test reads them). */
  readonly examples: readonly string[];
  readonly pattern: string;
}

export const DATELINE_PATTERNS: readonly DatelinePattern[] = [
  {
    name: 'slash-agency, month day',
    examples: ['TIANJIN, September 1. /TASS/.'],
    pattern: String.raw`{PLACE}, {MONTH}\.? {DAY}\. ?/{AGENCY}/\.?`,
  },
  {
    name: 'slash-agency, day month',
    examples: ['ТЯНЬЦЗИНЬ, 1 сентября. /ТАСС/.'],
    pattern: String.raw`{PLACE}, {DAY} {MONTH}\. ?/{AGENCY}/\.?`,
  },
  {
    name: 'parenthesised agency, month day',
    examples: ['ASTANA, Sept 1 (Reuters) -', 'TIANJIN, Sept. 1 (Xinhua) --'],
    pattern: String.raw`{PLACE}, {MONTH}\.? {DAY} \({AGENCY}\) {DASH}`,
  },
  {
    name: 'parenthesised agency, day month',
    examples: ['МОСКВА, 1 сентября (Рейтер) -'],
    pattern: String.raw`{PLACE}, {DAY} {MONTH} \({AGENCY}\) {DASH}`,
  },
  {
    name: 'full-stop agency, day month',
    examples: ['АСТАНА. 1 сентября. КАЗИНФОРМ -', 'АСТАНА. 1 қыркүйек. ҚазАқпарат -'],
    pattern: String.raw`{PLACE}\. {DAY} {MONTH}\. {AGENCY} {DASH}`,
  },
  {
    name: 'full-stop agency, month day',
    examples: ['ASTANA. September 1. KAZINFORM -'],
    pattern: String.raw`{PLACE}\. {MONTH}\.? {DAY}\. {AGENCY} {DASH}`,
  },
  {
    name: 'full-stop agency, no date',
    examples: ['АСТАНА. КАЗИНФОРМ -', 'ASTANA. KAZINFORM –'],
    pattern: String.raw`{PLACE}\. {KNOWN_AGENCY} {DASH}`,
  },
  {
    name: 'chinese agency dispatch',
    examples: ['新华社天津9月1日电', '新華社天津9月1日電', '新华社天津9月1日电（记者某某）'],
    pattern: String.raw`{AGENCY_ZH}{PLACE_ZH}{MONTH_NUM}月{DAY}日[电電](?:[（(][^）)\n]{1,40}[）)])?`,
  },
];

/** Agencies trusted in the loosest pattern (no date to confirm it is a dateline). */
export const KNOWN_AGENCIES: readonly string[] = [
  'KAZINFORM', 'Kazinform', 'КАЗИНФОРМ', 'Казинформ', 'ҚАЗАҚПАРАТ', 'ҚазАқпарат',
  'TASS', 'ТАСС', 'RIA Novosti', 'РИА Новости', 'Interfax', 'Интерфакс', 'Reuters', 'Рейтер',
  'Xinhua', 'Синьхуа', 'AFP', 'AP',
];

/** Chinese agencies and papers whose dispatches open with `<agency><place><M>月<D>日电`. */
export const ZH_AGENCIES: readonly string[] = [
  '新华社', '新華社', '中新社', '中新網', '中新网', '人民网', '人民網', '央视网', '央視網',
  '国际在线', '國際在線', '哈通社', '本报', '本報', '中央社',
];
