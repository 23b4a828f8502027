/**
 * Attribution: the speaker is the entity of the mention the cue binds to. In the speaker slot a
 * person outranks an organization, which outranks a country (`哈萨克斯坦总统托卡耶夫` → the
 * president, `Kazakhstan's Foreign Ministry` → the ministry); the first of equal rank wins, since
 * a subject comes before what modifies the verb (`托卡耶夫对习近平表示`). A slot holding only a
 * pronoun the entities stage left unresolved takes the owner (`X's press service quoted him`) or
 * the only person mentioned shortly before it, outside quoted words; anything else is null: no
 * evidence (or two candidates), no guess.
 */
import type { MentionRecord, Offsets } from '../../record/article-record.js';
import type { Claims, QuoteCandidate } from './quote-candidate.js';
import type { QuoteContext } from './quote-context.js';

export interface Binding {
  readonly speaker: string | null;
  /** How much the binding is worth, multiplied into the quote's confidence. */
  readonly weight: number;
}

const RANK: Readonly<Record<string, number>> = { person: 0, organization: 1, country: 2 };
const NONE: Binding = { speaker: null, weight: 0.6 };

// Weights: a name or title beats a pronoun the entities stage resolved, which beats one resolved here.
const BY_MENTION = 1;
const BY_ENTITY_COREF = 0.95;
const BY_LOCAL_COREF = 0.8;

export class SpeakerBinder {
  private readonly types: ReadonlyMap<string, string>;

  constructor(private readonly ctx: QuoteContext, private readonly quoted: Claims) {
    this.types = ctx.mentions.types;
  }

  private best(slot: Offsets): MentionRecord | undefined {
    let best: MentionRecord | undefined;
    let bestRank = Infinity;
    for (const m of this.ctx.mentions.within(slot)) {
      const rank = RANK[this.types.get(m.entity) ?? ''] ?? Infinity;
      if (rank < bestRank) { best = m; bestRank = rank; }
    }
    return best;
  }

  private startsWithPronoun(candidate: QuoteCandidate, slot: Offsets): boolean {
    const pronoun = candidate.pack.pronoun;
    return pronoun !== undefined && pronoun.test(this.ctx.text.slice(slot.start, Math.min(slot.end, slot.start + 40)));
  }

  /**
   * The one person mentioned before `at`, outside quoted words, in this paragraph or the one
   * before; null when there is none or more than one, since choosing between two would be a guess.
   */
  private antecedent(at: number): string | null {
    const { paragraphs } = this.ctx;
    let p = paragraphs.findIndex((para) => para.end >= at);
    if (p < 0) p = paragraphs.length - 1;
    const floor = paragraphs[Math.max(0, p - 1)]?.start ?? 0;
    const people = new Set<string>();
    for (const m of this.ctx.mentions.within({ start: floor, end: at })) {
      if (m.end <= at && this.types.get(m.entity) === 'person' && !this.quoted.hits(m)) people.add(m.entity);
    }
    return people.size === 1 ? [...people][0]! : null;
  }

  bind(candidate: QuoteCandidate): Binding {
    const slot = candidate.speakerSlot;
    if (!slot || slot.end <= slot.start) return NONE;
    const mention = this.best(slot);
    if (mention) return { speaker: mention.entity, weight: mention.via === 'coref' ? BY_ENTITY_COREF : BY_MENTION };
    if (!this.startsWithPronoun(candidate, slot)) return NONE;
    const owner = candidate.ownerSlot ? this.best(candidate.ownerSlot) : undefined;
    if (owner) return { speaker: owner.entity, weight: BY_MENTION };
    const antecedent = this.antecedent(Math.min(slot.start, candidate.start));
    return antecedent ? { speaker: antecedent, weight: BY_LOCAL_COREF } : NONE;
  }
}
