/**
 * Later mentions, by surname alone, of people found by pattern (阿尔维德·卡伦 … 卡伦; Арвид Каллен …
 * Каллена). One pass over the text whatever the number of people: Han surnames are looked up at
 * each position where a name can start, word surnames by the stem of each capitalised word.
 */
import { nameStem, type InflectingLanguage } from '../../lang/shared/inflection.js';
import type { DocContext } from './doc-context.js';
import { hanFoldTable } from './fold-han.js';
import type { FoundPeople, FoundPerson } from './found-people.js';
import type { Draft } from './mention-draft.js';

const MAX_HAN_SURNAME = 8;

function hanSurnames(ctx: DocContext, bySurname: ReadonlyMap<string, FoundPerson>, isNameChar: (code: number) => boolean): Draft[] {
  const drafts: Draft[] = [];
  const fold = hanFoldTable();
  const { text } = ctx;
  const codeAt = (i: number) => (i >= 0 && i < text.length ? fold[text.charCodeAt(i)]! : 0);
  for (let at = 0; at < text.length; at++) {
    // 卡伦 inside 卡伦斯基 is someone else: a surname starts and ends where name characters do.
    if (!isNameChar(codeAt(at)) || isNameChar(codeAt(at - 1))) continue;
    let end = at;
    while (end < text.length && end - at < MAX_HAN_SURNAME && isNameChar(codeAt(end))) end++;
    if (isNameChar(codeAt(end))) continue;
    let key = '';
    for (let i = at; i < end; i++) key += String.fromCharCode(codeAt(i));
    const person = bySurname.get(key);
    if (!person || !ctx.isFree(at, end)) continue;
    ctx.cover(at, end);
    drafts.push({ start: at, end, entity: person.id, via: 'coref' });
  }
  return drafts;
}

function wordSurnames(ctx: DocContext, people: readonly FoundPerson[]): Draft[] {
  const drafts: Draft[] = [];
  const byStem = new Map<string, FoundPerson>();
  const langs = new Set<InflectingLanguage | undefined>();
  for (const person of people) {
    if (person.surname?.script !== 'word') continue;
    byStem.set(`${person.surname.lang ?? ''}|${person.surname.stem}`, person);
    langs.add(person.surname.lang);
  }
  // A surname shares its first letter with its forms: other words are passed over unread.
  const initials = new Set([...byStem.keys()].map((key) => key.charCodeAt(key.indexOf('|') + 1)));
  const { starts, ends } = ctx.tokens;
  for (let j = 0; j < starts.length; j++) {
    if (!initials.has(ctx.text.charCodeAt(starts[j]!))) continue;
    const word = ctx.text.slice(starts[j], ends[j]);
    for (const lang of langs) {
      const stem = lang ? nameStem(lang, word) : word.replace(/['’]s$/, '');
      const person = byStem.get(`${lang ?? ''}|${stem}`);
      const end = lang ? ends[j]! : starts[j]! + stem.length;
      if (!person || !ctx.isFree(starts[j]!, end)) continue;
      ctx.cover(starts[j]!, end);
      drafts.push({ start: starts[j]!, end, entity: person.id, via: 'coref' });
      break;
    }
  }
  return drafts;
}

export function surnameMentions(ctx: DocContext, people: FoundPeople, isNameChar: (code: number) => boolean): Draft[] {
  const all = [...people.byId.values()];
  const han = new Map<string, FoundPerson>();
  for (const person of all) if (person.surname?.script === 'han') han.set(person.surname.text, person);
  return [
    ...(han.size > 0 ? hanSurnames(ctx, han, isNameChar) : []),
    ...(all.some((p) => p.surname?.script === 'word') ? wordSurnames(ctx, all) : []),
  ];
}
