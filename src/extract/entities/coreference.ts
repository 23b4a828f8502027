/**
 * Mentions that point back: a bare title (国家元首, 总统, the President, Глава государства) and a
 * personal pronoun (他, he, Он). A bare title must open its sentence, where news uses it for the
 * subject (总统强调…; elsewhere 总统 is often a modifier), and means the article's main person if
 * they hold such a role, else whoever holds it in the article's country on its date, else the
 * latest person named who holds it. A pronoun means the latest person mentioned within this and
 * the two paragraphs before (and the last 40 person mentions), of a matching gender when both are known; pronouns that also stand
 * for things (ru он, kk ол) count only at a sentence start or after a cue word (по его словам).
 */
import type { Gazetteer } from '../../gazetteer/gazetteer.js';
import { roleFits } from '../../gazetteer/role-groups.js';
import type { DocContext } from './doc-context.js';
import type { EntitiesPack } from './entities-pack.js';
import type { FoundPeople } from './found-people.js';
import type { Payload } from './lexicon-entry.js';
import { isPerson, type Draft } from './mention-draft.js';
import type { Salience } from './salience.js';
import type { Frames, TitleUse } from './title-frames.js';

const PARAGRAPH_WINDOW = 2;
// However crowded the window, an antecedent further back than this many mentions is not looked for.
const MENTION_WINDOW = 40;

type Pending =
  | { readonly kind: 'title'; readonly start: number; readonly end: number; readonly use: TitleUse }
  | { readonly kind: 'pronoun'; readonly start: number; readonly end: number; readonly payload: Payload & { kind: 'pronoun' } };

interface Recent {
  readonly entity: string;
  readonly paragraph: number;
}

function wordBefore(text: string, offset: number): string {
  let end = offset;
  while (end > 0 && text[end - 1] === ' ') end--;
  let start = end;
  while (start > 0 && end - start < 20 && /\p{L}/u.test(text[start - 1]!)) start--;
  return text.slice(start, end).toLowerCase();
}

export class Coreference {
  constructor(
    private readonly ctx: DocContext,
    private readonly gazetteer: Gazetteer,
    private readonly people: FoundPeople,
    private readonly packs: ReadonlyMap<string, EntitiesPack>,
  ) {}

  private fits(entity: string, role: string): boolean {
    return this.gazetteer.rolesOn(entity, this.ctx.date, role).length > 0
      || (this.people.byId.get(entity)?.textRoles.some((held) => roleFits(held, role)) ?? false);
  }

  private pending(frames: Frames): Pending[] {
    const { ctx } = this;
    const out: Pending[] = [];
    for (const use of frames.bare) {
      const hit = ctx.hits[use.hit]!;
      const leadIn = this.packs.get(use.pack)?.frames.bareLeadIn ?? [''];
      if (ctx.startsSentence(hit.start, leadIn)) out.push({ kind: 'title', start: hit.start, end: hit.end, use });
    }
    for (const hit of ctx.hits) {
      const payload = hit.payloads.find((p): p is Payload & { kind: 'pronoun' } => p.kind === 'pronoun');
      if (!payload || payload.pronoun.plural) continue;
      if (!payload.pronoun.personOnly) {
        const cues = this.packs.get(payload.pack)?.pronounCues ?? [];
        if (!ctx.startsSentence(hit.start) && !cues.includes(wordBefore(ctx.text, hit.start))) continue;
      }
      out.push({ kind: 'pronoun', start: hit.start, end: hit.end, payload });
    }
    return out;
  }

  resolve(drafts: readonly Draft[], frames: Frames, salience: Salience): Draft[] {
    const { ctx } = this;
    const anchors = drafts.filter((d) => isPerson(d.entity));
    const timeline: Array<Draft | Pending> = [...anchors, ...this.pending(frames)].sort((a, b) => a.start - b.start);
    const recent: Recent[] = [];
    const out: Draft[] = [];
    for (const item of timeline) {
      const paragraph = ctx.paragraphAt(item.start);
      let entity: string | undefined;
      if ('entity' in item) entity = item.entity;
      else if (item.kind === 'title') entity = this.holderFor(item.use.role, recent, paragraph, salience);
      else entity = this.antecedent(item.payload.pronoun.gender, recent, paragraph);
      if (entity === undefined) continue;
      if (!('entity' in item)) out.push({ start: item.start, end: item.end, entity, via: 'coref' });
      recent.push({ entity, paragraph });
    }
    return out;
  }

  private holderFor(role: string, recent: readonly Recent[], paragraph: number, salience: Salience): string | undefined {
    if (salience.mainPerson && this.fits(salience.mainPerson, role)) return salience.mainPerson;
    if (salience.country) {
      const holders = this.gazetteer.holdersOf(role, salience.country, this.ctx.date);
      if (holders.length === 1) return holders[0]!.id;
    }
    return this.latest(recent, paragraph, (entity) => this.fits(entity, role));
  }

  private antecedent(gender: 'm' | 'f' | undefined, recent: readonly Recent[], paragraph: number): string | undefined {
    return this.latest(recent, paragraph, (entity) => {
      const known = this.people.byId.get(entity)?.gender;
      return gender === undefined || known === undefined || known === gender;
    });
  }

  private latest(recent: readonly Recent[], paragraph: number, accept: (entity: string) => boolean): string | undefined {
    for (let i = recent.length - 1; i >= Math.max(0, recent.length - MENTION_WINDOW); i--) {
      const r = recent[i]!;
      if (paragraph - r.paragraph > PARAGRAPH_WINDOW) return undefined;
      if (accept(r.entity)) return r.entity;
    }
    return undefined;
  }
}
