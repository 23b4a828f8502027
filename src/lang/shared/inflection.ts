/**
 * The one place Russian and Kazakh inflectional endings live. Stages and the search analyzer ask
 * for endings by language and class instead of pasting `(а|у|ом|е)` into every pattern.
 *
 * Format: per language, named classes of endings (lower case). Kazakh lists every vowel-harmony
 * and consonant-assimilation variant (-ға/-ге/-қа/-ке…), since the choice depends on the stem.
 * Sources: standard grammar tables of Russian noun and surname declension and of Kazakh plural,
 * possessive and case suffixes.
 */

export type InflectingLanguage = 'ru' | 'kk';

export const ENDINGS = {
  ru: {
    /** Noun case endings, singular and plural (Казахстан-а, -у, -ом, -е; инициатив-ами…). */
    noun: ['а', 'я', 'у', 'ю', 'ом', 'ем', 'ём', 'ой', 'ей', 'ою', 'ею', 'е', 'и', 'ы', 'ь',
      'ам', 'ям', 'ами', 'ями', 'ах', 'ях', 'ов', 'ев', 'ий', 'ия', 'ию', 'ием', 'ии', 'ье', 'ья', 'ью'],
    /** Endings of -ов/-ев/-ин surnames after the base (Токаев-а, -у, -ым, -е; Токаев-ой, -ых). */
    surname: ['а', 'у', 'ым', 'ом', 'е', 'ой', 'ою', 'у', 'ы', 'ых', 'ыми'],
    /** Endings of personal names after their base: given names, patronymics, surnames (Арвид-ом, Янович-ем, Ирен-ы). */
    name: ['а', 'я', 'у', 'ю', 'е', 'и', 'ы', 'ь', 'ом', 'ем', 'ём', 'ым', 'им', 'ой', 'ей', 'ою', 'ею'],
    /** Adjective endings (Казахстанск-ий, -ого, -ому, -ая, -ую…). */
    adjective: ['ий', 'ый', 'ой', 'ая', 'яя', 'ое', 'ее', 'ого', 'его', 'ому', 'ему', 'ую', 'юю',
      'ым', 'им', 'ом', 'ем', 'ые', 'ие', 'ых', 'их', 'ыми', 'ими'],
    /** Past tense of verbs, after the stem (заяви-л, -ла, -ло, -ли). */
    verbPast: ['л', 'ла', 'ло', 'ли'],
    /** Present tense of the first conjugation, 3rd person singular and plural (счита-ет, -ют). */
    verbPresentE: ['ет', 'ют'],
    /** Present tense of the second conjugation, 3rd person singular and plural (говор-ит, -ят). */
    verbPresentI: ['ит', 'ят'],
    /**
     * Every finite form a stance verb takes after a vowel stem, e-conjugation: present (all persons),
     * past, infinitive, gerunds (предлага-ю, -ет, -ем, -ют, -л, -ли, -ть, -я; поддержа-в).
     */
    verbFormsE: ['ю', 'ешь', 'ет', 'ем', 'ете', 'ют', 'л', 'ла', 'ло', 'ли', 'ть', 'я', 'в'],
    /** The same after a consonant stem, i-conjugation (благодар-ю, -ит, -им, -ят, -ил, -или; предлож-у, -ат, -ив). */
    verbFormsI: ['у', 'ю', 'ишь', 'ит', 'им', 'ите', 'ат', 'ят', 'ил', 'ила', 'ило', 'или', 'ить', 'ив', 'я'],
  },
  kk: {
    /** Plural. */
    plural: ['лар', 'лер', 'дар', 'дер', 'тар', 'тер'],
    /** Possessive (1st, 2nd, 3rd person; the 3rd person is the common one in news). */
    possessive: ['ым', 'ім', 'м', 'ың', 'ің', 'ң', 'ы', 'і', 'сы', 'сі', 'ымыз', 'іміз', 'мыз', 'міз', 'ыңыз', 'іңіз', 'ңыз', 'ңіз'],
    /** Case endings: genitive, dative, accusative, locative, ablative, instrumental. */
    case: ['ның', 'нің', 'дың', 'дің', 'тың', 'тің',
      'ға', 'ге', 'қа', 'ке', 'на', 'не', 'а', 'е',
      'ны', 'ні', 'ды', 'ді', 'ты', 'ті', 'н',
      'да', 'де', 'та', 'те', 'нда', 'нде',
      'дан', 'ден', 'тан', 'тен', 'нан', 'нен', 'ндан', 'нден',
      'мен', 'бен', 'пен', 'менен', 'бенен', 'пенен'],
    /** Locative-attributive, after a place or an organisation (Астана-дағы, ШЫҰ-дағы). */
    attributive: ['дағы', 'дегі', 'тағы', 'тегі', 'ндағы', 'ндегі'],
    /** Definite past, 3rd person (айт-ты, де-ді, мәлімде-ді, атап өт-ті). */
    verbPast: ['ды', 'ді', 'ты', 'ті'],
    /** Present-future, 3rd person (санай-ды, де-йді, есепте-йді). */
    verbPresent: ['ады', 'еді', 'йды', 'йді'],
    /**
     * Finite forms a stance verb takes, every harmony variant: present 3rd person, 1st plural and
     * singular, past (қолда-йды, -ймыз, -ймын, -ды, -дық, -дым; ұсын-ады, -амыз, -амын), and the
     * reported `-йтынын` (that it supports).
     */
    verbFinite: ['ады', 'еді', 'йды', 'йді', 'амыз', 'еміз', 'ймыз', 'йміз', 'амын', 'емін', 'ймын', 'ймін',
      'ды', 'ді', 'ты', 'ті', 'дық', 'дік', 'тық', 'тік', 'дым', 'дім', 'тым', 'тім',
      'атынын', 'етінін', 'йтынын', 'йтінін'],
    /** Negated finite forms (қолда-майды, -маймыз, -мады; айт-пайды). */
    verbNegative: ['майды', 'мейді', 'байды', 'бейді', 'пайды', 'пейді', 'маймыз', 'мейміз', 'баймыз',
      'бейміз', 'паймыз', 'пейміз', 'маймын', 'меймін', 'мады', 'меді', 'бады', 'беді', 'пады', 'педі'],
  },
} as const satisfies Record<InflectingLanguage, Record<string, readonly string[]>>;

export type EndingClass<L extends InflectingLanguage> = keyof (typeof ENDINGS)[L];

const memo = new Map<string, readonly string[]>();

/** The endings of the given classes, unique and longest first (so alternations try long ones first). */
export function endingsOf<L extends InflectingLanguage>(lang: L, classes: readonly EndingClass<L>[]): readonly string[] {
  const key = `${lang}:${classes.join(',')}`;
  let out = memo.get(key);
  if (out === undefined) {
    const table = ENDINGS[lang] as unknown as Record<string, readonly string[]>;
    const all = new Set<string>();
    for (const name of classes) for (const e of table[name as string] ?? []) all.add(e);
    out = [...all].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    memo.set(key, out);
  }
  return out;
}

/**
 * A regex fragment matching one optional ending of the given classes: `(?:ами|ов|а|у)?`. One flat
 * alternation of literals after a fixed stem, so it cannot backtrack beyond its own length.
 */
export function endingPattern<L extends InflectingLanguage>(lang: L, classes: readonly EndingClass<L>[]): string {
  return `(?:${endingsOf(lang, classes).join('|')})?`;
}

/**
 * Strips endings of the given classes in order (Kazakh stacks them: plural, possessive, case read
 * right to left), keeping at least `minStem` characters. Works on lower-case words.
 */
export function stripEndings<L extends InflectingLanguage>(
  word: string, lang: L, classesOutermostFirst: readonly EndingClass<L>[], minStem = 3,
): string {
  let stem = word;
  for (const name of classesOutermostFirst) {
    for (const ending of endingsOf(lang, [name])) {
      if (stem.length - ending.length >= minStem && stem.endsWith(ending)) {
        stem = stem.slice(0, -ending.length);
        break;
      }
    }
  }
  return stem;
}

// ---------------------------------------------------------------------------------------------
// Matching a dictionary form against inflected text: a gazetteer name or a title is stored once,
// in its citation form, and every case form in the text is recognised through its paradigm.

/** How a citation form inflects: every form is `stem` + an ending that `accepts` allows. */
export interface Paradigm {
  readonly stem: string;
  accepts(rest: string): boolean;
}

const RU_ADJECTIVE_LEMMA = /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие)$/;
const RU_DROPPED_FINAL = /[аяьйо]$/;
const RU_INDECLINABLE_FINAL = /[еиуыэюё]$/;
const CONSONANT_FINAL = /[бвгджзклмнпрстфхцчшщ]$/i;
const ACRONYM = /^[\p{Lu}\d-]+$/u;
// Kazakh stacks plural, possessive and case (Республика-сы-ның): three are enough for names.
const KK_MAX_STACK = 3;

const indeclinable: Paradigm['accepts'] = (rest) => rest === '';

// One acceptor per set of endings, shared by every lemma of that class (thousands of names).
const acceptors = new Map<string, Paradigm['accepts']>();
function acceptorOf(key: string, endings: () => readonly string[]): Paradigm['accepts'] {
  let accepts = acceptors.get(key);
  if (accepts === undefined) {
    const set = new Set(endings());
    accepts = (rest) => set.has(rest);
    acceptors.set(key, accepts);
  }
  return accepts;
}

function ruParadigm(lemma: string): Paradigm {
  const lower = lemma.toLowerCase();
  if (ACRONYM.test(lemma) || RU_INDECLINABLE_FINAL.test(lower)) return { stem: lemma, accepts: indeclinable };
  if (lemma.length > 4 && RU_ADJECTIVE_LEMMA.test(lower)) {
    // -ий is also a noun ending (Дмитрий → Дмитрия, Дмитрием), so it takes both sets.
    const classes = lower.endsWith('ий') ? ['adjective', 'noun'] as const : ['adjective'] as const;
    return { stem: lemma.slice(0, -2), accepts: acceptorOf(classes.join(), () => endingsOf('ru', classes)) };
  }
  if (RU_DROPPED_FINAL.test(lower)) {
    const own = lower.slice(-1);
    return { stem: lemma.slice(0, -1), accepts: acceptorOf(`noun+${own}`, () => [own, ...endingsOf('ru', ['noun'])]) };
  }
  if (CONSONANT_FINAL.test(lower)) {
    return { stem: lemma, accepts: acceptorOf('consonant', () => ['', ...endingsOf('ru', ['noun', 'surname'])]) };
  }
  return { stem: lemma, accepts: indeclinable };
}

const kkSuffixes = (): ReadonlySet<string> =>
  new Set(endingsOf('kk', ['plural', 'possessive', 'case', 'attributive']));
let kkSet: ReadonlySet<string> | undefined;

/** Whether `rest` splits into at most KK_MAX_STACK Kazakh suffixes (after an optional hyphen). */
function kkSplits(rest: string): boolean {
  kkSet ??= kkSuffixes();
  const body = rest.charCodeAt(0) === 0x2d ? rest.slice(1) : rest;
  const n = body.length;
  if (n === 0 || n > 12) return false;
  // Split points reachable so far, as bits: the input is at most 12 letters, so this is bounded.
  let frontier = 1;
  for (let depth = 0; depth < KK_MAX_STACK && frontier !== 0; depth++) {
    let next = 0;
    for (let at = 0; at < n; at++) {
      if ((frontier & (1 << at)) === 0) continue;
      for (let end = at + 1; end <= n && end - at <= 5; end++) if (kkSet.has(body.slice(at, end))) next |= 1 << end;
    }
    if ((next & (1 << n)) !== 0) return true;
    frontier = next;
  }
  return false;
}

// The same few endings recur on every line of Kazakh text: remember the answers (bounded).
const kkMemo = new Map<string, boolean>();

function kkAccepts(rest: string): boolean {
  if (rest === '') return true;
  let known = kkMemo.get(rest);
  if (known === undefined) {
    known = kkSplits(rest);
    if (kkMemo.size < 50_000) kkMemo.set(rest, known);
  }
  return known;
}

/**
 * The paradigm of a citation form. Russian: the class is read off the final letters (adjective,
 * -а/-я/-ь/-й/-о nouns drop their final letter, consonant-final nouns and surnames keep it,
 * acronyms and other vowel-final words do not inflect). Kazakh: the form itself is the stem, and
 * suffixes stack after it, joined by a hyphen after acronyms (ШЫҰ-ның).
 */
export function paradigmOf(lang: InflectingLanguage, lemma: string): Paradigm {
  return lang === 'ru' ? ruParadigm(lemma) : { stem: lemma, accepts: kkAccepts };
}

/** Whether `word` is a form of `lemma` (`Токаевым` of `Токаев`, `Қазақстанның` of `Қазақстан`). */
export function isFormOf(lang: InflectingLanguage, lemma: string, word: string): boolean {
  const { stem, accepts } = paradigmOf(lang, lemma);
  return word.startsWith(stem) && accepts(word.slice(stem.length));
}

/**
 * The part of an inflected proper name that all its forms share, for telling two mentions of one
 * unknown person apart from two people (`Каллена`, `Каллену` → `Каллен`; `Калленнің` → `Каллен`).
 * Only name endings (ru) and case suffixes of two or more letters (kk) are removed: one-letter
 * Kazakh suffixes are too often the name's own last letter.
 */
let kkCaseEndings: readonly string[] | undefined;
let ruNameEndings: readonly string[] | undefined;

export function nameStem(lang: InflectingLanguage, word: string): string {
  if (lang === 'ru') {
    // stripEndings(word, 'ru', ['name'], 3), with the list looked up once: this runs per word.
    ruNameEndings ??= endingsOf('ru', ['name']);
    for (const ending of ruNameEndings) {
      if (word.length - ending.length >= 3 && word.endsWith(ending)) return word.slice(0, -ending.length);
    }
    return word;
  }
  const body = word.includes('-') ? word.slice(0, word.indexOf('-')) : word;
  kkCaseEndings ??= endingsOf('kk', ['case']);
  for (const ending of kkCaseEndings) {
    if (ending.length >= 2 && body.length - ending.length >= 3 && body.endsWith(ending)) return body.slice(0, -ending.length);
  }
  return body;
}

const KK_BACK_VOWELS = 'аоұыуя';
const KK_FRONT_VOWELS = 'әеөүіэю';
const KK_VOICELESS = 'кқпстфхцчшщ';
/** Kazakh suffix-initial consonants that alternate voiced/voiceless with the stem's last sound. */
const KK_VOICING: Readonly<Record<string, 'voiced' | 'voiceless'>> = {
  д: 'voiced', т: 'voiceless', ғ: 'voiced', қ: 'voiceless', г: 'voiced', к: 'voiceless', б: 'voiced', п: 'voiceless',
};

function lastVowelIsFront(word: string): boolean | undefined {
  for (let i = word.length - 1; i >= 0; i--) {
    const ch = word[i]!.toLowerCase();
    if (KK_FRONT_VOWELS.includes(ch)) return true;
    if (KK_BACK_VOWELS.includes(ch)) return false;
  }
  return undefined;
}

/** Whether a Kazakh ending agrees with a stem in vowel harmony and in voicing of its first consonant. */
function kkAgrees(stem: string, ending: string): boolean {
  const last = stem.at(-1)?.toLowerCase() ?? '';
  const stemEndsInVowel = KK_BACK_VOWELS.includes(last) || KK_FRONT_VOWELS.includes(last);
  const first = ending[0] ?? '';
  // A vowel-initial ending follows a consonant (жаз-ады); a й-initial one follows a vowel (сана-йды).
  if ((KK_BACK_VOWELS.includes(first) || KK_FRONT_VOWELS.includes(first)) && stemEndsInVowel) return false;
  if (first === 'й' && !stemEndsInVowel) return false;
  const front = lastVowelIsFront(stem);
  const endingFront = lastVowelIsFront(ending);
  if (front !== undefined && endingFront !== undefined && front !== endingFront) return false;
  const voicing = KK_VOICING[first];
  if (voicing === undefined) return true;
  return (voicing === 'voiceless') === KK_VOICELESS.includes(last);
}

/**
 * Full word forms of one stem (`wordForms('ru', 'заяви', ['verbPast'])` → заявил, заявила…), for
 * packs whose tables list words rather than patterns. Kazakh keeps only the endings that agree
 * with the stem (айт → айтты, not айтды; мәлімде → мәлімдеді); vowel-final stems of Kazakh
 * present-tense verbs take their -йды/-йді forms through the same filter.
 */
export function wordForms<L extends InflectingLanguage>(lang: L, stem: string, classes: readonly EndingClass<L>[]): readonly string[] {
  const endings = endingsOf(lang, classes);
  const chosen = lang === 'kk' ? endings.filter((e) => kkAgrees(stem, e)) : endings;
  return chosen.map((e) => stem + e);
}
