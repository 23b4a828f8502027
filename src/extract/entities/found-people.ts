/**
 * People the text names but the gazetteer does not know, gathered per document. One person may be
 * named several times and in several case forms (Арвид Каллен, Арвида Каллена): Cyrillic names
 * are keyed by the stems of their words, through the shared inflection helper, so both forms
 * give one person. Each keeps its surname, for later mentions by surname alone.
 */
import type { EntityRecord, RoleRecord } from '../../record/article-record.js';
import { nameStem, type InflectingLanguage } from '../../lang/shared/inflection.js';
import { foldHan } from './fold-han.js';
import { personId } from './person-id.js';

export type Surname =
  | { readonly script: 'han'; readonly text: string }
  | { readonly script: 'word'; readonly lang: InflectingLanguage | undefined; readonly stem: string };

export interface FoundPerson {
  readonly id: string;
  readonly names: Record<string, string>;
  readonly roles: RoleRecord[];
  /** Roles the text gives without a known country (`President Arvid Kallen`): enough for a bare title. */
  readonly textRoles: string[];
  country?: string;
  gender?: 'm' | 'f';
  readonly surname?: Surname;
}

export class FoundPeople {
  readonly byId = new Map<string, FoundPerson>();
  private readonly ids = new Map<string, string>();

  /** A Han name; its dotted last part is the surname (阿尔维德·卡伦 → 卡伦). */
  addHan(parts: readonly string[], written: string, tag: string): FoundPerson {
    const folded = foldHan(parts.join(''));
    const last = parts.length > 1 ? foldHan(parts.at(-1)!) : '';
    const names: Record<string, string> = tag === 'zh-Hant' ? { zh: foldHan(written), 'zh-Hant': written } : { zh: written };
    return this.add(personId(folded), names, last.length >= 2 ? { script: 'han', text: last } : undefined);
  }

  /** A name in words; Russian and Kazakh words are reduced to their stems for the id. */
  addWords(
    parts: readonly string[], tag: string, lang: InflectingLanguage | undefined,
    gendered: { readonly feminine: readonly string[]; readonly masculine: readonly string[] },
  ): FoundPerson {
    const stems = parts.map((w) => (lang ? nameStem(lang, w) : w));
    const key = stems.join(' ');
    let id = this.ids.get(key);
    if (id === undefined) this.ids.set(key, id = personId(key));
    const person = this.add(id, { [tag]: parts.join(' ') },
      { script: 'word', lang, stem: stems.at(-1)! });
    if (person.gender === undefined) {
      const lower = [...parts, ...stems].map((w) => w.toLowerCase());
      const marked = (endings: readonly string[]) => lower.some((w) => endings.some((e) => w.endsWith(e)));
      // A patronymic settles it; a feminine surname form alone could be a man's name in the genitive.
      if (marked(gendered.masculine)) person.gender = 'm';
      else if (marked(gendered.feminine)) person.gender = 'f';
    }
    return person;
  }

  private add(id: string, names: Record<string, string>, surname: Surname | undefined): FoundPerson {
    const known = this.byId.get(id);
    if (known) {
      for (const [tag, name] of Object.entries(names)) known.names[tag] ??= name;
      return known;
    }
    const person: FoundPerson = { id, names: { ...names }, roles: [], textRoles: [], ...(surname ? { surname } : {}) };
    this.byId.set(id, person);
    return person;
  }

  /** Records what a title says about a person (role, and country when the title names one). */
  noteRole(person: FoundPerson, role: string, of: string | undefined): void {
    if (!person.textRoles.includes(role)) person.textRoles.push(role);
    if (of && !person.roles.some((r) => r.role === role && r.of === of)) {
      person.roles.push({ role, of, from: null, to: null });
      if (of.startsWith('country:')) person.country ??= of;
    }
  }

  record(id: string): EntityRecord | undefined {
    const person = this.byId.get(id);
    if (!person) return undefined;
    return {
      id,
      type: 'person',
      names: { ...person.names },
      ...(person.roles.length > 0 ? { roles: person.roles.map((r) => ({ ...r })) } : {}),
      ...(person.country ? { country: person.country } : {}),
    };
  }
}
