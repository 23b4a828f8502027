/**
 * The holder of a stance: the subject of its cue. In order: a first-person pronoun before the cue
 * (or, in Kazakh, anywhere before it in the clause), the person ending of the cue's verb
 * (`поддерживаем`, `қолдаймыз`), the nearest person, country or organisation mention before the
 * cue in its sentence (the first one, for subject-first Kazakh), and inside a quote with no other
 * subject, the quote's speaker. `we` in a quote is the speaker's country, `I` the speaker; outside
 * a quote first-person pronouns have no holder (the article's own voice).
 */
import type { MentionRecord, QuoteRecord } from '../../record/article-record.js';
import type { CompiledCue, CompiledStances } from './compile-stances-pack.js';
import type { DocIndex } from './doc-index.js';
import type { PhraseMatch } from './phrase-matcher.js';
import { sideOf } from './speaker-side.js';
import { isLetterCode } from './word-scan.js';

export interface Holder {
  readonly id: string | null;
  /** Where the subject ends, when the text names it (a pronoun or a mention). */
  readonly subjectEnd?: number;
}

const HOLDER_TYPES = new Set(['person', 'country', 'organization']);

export const holderMention = (index: DocIndex) => (m: MentionRecord) => HOLDER_TYPES.has(index.typeOf(m.entity) ?? '');

export interface HolderContext {
  readonly text: string;
  readonly cue: PhraseMatch<CompiledCue>;
  /** The cue start with the adverbs before it skipped. */
  readonly subjectPos: number;
  readonly floor: number;
  readonly quote: QuoteRecord | undefined;
  readonly date: string | null;
}

function personOfVerb(ctx: HolderContext, pack: CompiledStances): 'plural' | 'singular' | undefined {
  const endings = pack.pack.personEndings;
  if (!endings) return undefined;
  const word = ctx.text.slice(ctx.cue.start, ctx.cue.end).split(' ')[ctx.cue.value.verbWord]?.toLowerCase() ?? '';
  if (endings.plural.some((e) => word.endsWith(e))) return 'plural';
  if (endings.singular.some((e) => word.endsWith(e))) return 'singular';
  return undefined;
}

function firstPerson(ctx: HolderContext, pack: CompiledStances): { kind: 'plural' | 'singular'; end: number } | undefined {
  const { text, subjectPos, floor } = ctx;
  if (pack.pack.order === 'target-cue') {
    const plural = pack.plural.find(text, floor, subjectPos)[0];
    if (plural) return { kind: 'plural', end: plural.end };
    // The singular pronoun only opens the clause: Kazakh мен is also the conjunction "and".
    let start = floor;
    while (start < subjectPos && !isLetterCode(text.charCodeAt(start))) start++;
    const singular = pack.singular.after(text, start, subjectPos);
    return singular ? { kind: 'singular', end: singular.end } : undefined;
  }
  const plural = pack.plural.before(text, subjectPos, floor);
  if (plural) return { kind: 'plural', end: plural.end };
  const singular = pack.singular.before(text, subjectPos, floor);
  return singular ? { kind: 'singular', end: singular.end } : undefined;
}

function fromPerson(kind: 'plural' | 'singular', ctx: HolderContext, index: DocIndex): string | null {
  const speaker = ctx.quote?.speaker;
  if (!speaker) return null;
  return kind === 'singular' ? speaker : sideOf(index.entities.get(speaker), speaker, ctx.date) ?? null;
}

/** A Kazakh subject stands uninflected: no case suffix glued to the mention. */
function uninflected(text: string, m: MentionRecord): boolean {
  const next = text.charCodeAt(m.end);
  return !(isLetterCode(next) || (next === 0x2d && isLetterCode(text.charCodeAt(m.end + 1))));
}

export function findHolder(ctx: HolderContext, pack: CompiledStances, index: DocIndex): Holder {
  const pronoun = firstPerson(ctx, pack);
  if (pronoun) return { id: fromPerson(pronoun.kind, ctx, index), subjectEnd: pronoun.end };
  const ending = personOfVerb(ctx, pack);
  if (ending) return { id: fromPerson(ending, ctx, index) };
  const eligible = holderMention(index);
  const mention = pack.pack.order === 'target-cue'
    ? index.firstMentionIn(ctx.floor, ctx.subjectPos, (m) => eligible(m) && uninflected(ctx.text, m))
    : index.lastMentionBefore(ctx.subjectPos, ctx.floor, eligible);
  if (mention) return { id: mention.entity, subjectEnd: mention.end };
  return { id: ctx.quote?.speaker ?? null };
}

