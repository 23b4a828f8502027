/**
 * How strongly two statements from different articles look like reports of one utterance.
 * Evidence that needs no translation comes first; wording counts only within one language.
 *
 * Vetoes (never the same statement): different kinds or stance types; dates more than
 * DATE_WINDOW_DAYS apart, or one dated and one not; two known speakers (holders, target
 * initiatives) that differ.
 *
 * Weights (points):                                agree                 disagree
 *   speaker (or stance holder) the same           +2 (+1 holder)
 *   date                                          +1 same day, +0.5 within the window
 *   figures (unit and value, 3 digits)            +2 each, at most 6    −2 when both have some
 *   initiatives (and a stance's target)           +1.5 each, at most 4.5 (target +2)   −1
 *   other entities (Jaccard of the two sets)      +3 × J                −1 when both have some
 *   times (TIMEX3 values)                         +1 each, at most 2    −0.5
 *   wording, same language only (sketch Jaccard)  +6 × J when J ≥ 0.15
 *   position among the article's statements       +0.5 same place, +1 with the same count
 *
 * A pair links when its content (everything but speaker and date) reaches CONTENT_MIN and its
 * total reaches LINK_MIN; when a speaker is unknown on either side, both bars are higher, since
 * then nothing rules out a different speaker saying similar things.
 */
import { daysBetween } from './link-dates.js';
import type { Evidence, StatementFingerprint } from './link-rows.js';
import { sketchSimilarity } from './text-sketch.js';

export const DATE_WINDOW_DAYS = 2;
export const LINK_MIN = 5;
export const CONTENT_MIN = 2.5;
export const LINK_MIN_NO_SPEAKER = 6.5;
export const CONTENT_MIN_NO_SPEAKER = 4;
export const TEXT_MIN_SIMILARITY = 0.15;

export interface PairScore {
  readonly score: number;
  readonly content: number;
  readonly evidence: readonly Evidence[];
  /** Whether the pair clears the bar for its case (speakers known or not). */
  readonly links: boolean;
}

const shared = (a: readonly string[], b: readonly string[]) => {
  const set = new Set(b);
  return a.filter((x) => set.has(x));
};

const differ = (a: string | null, b: string | null) => a !== null && b !== null && a !== b;

/** The reason two statements can never be one, or undefined. */
export function veto(a: StatementFingerprint, b: StatementFingerprint): string | undefined {
  if (a.kind !== b.kind) return 'kind';
  if (a.stance !== b.stance) return 'stance type';
  if (differ(a.speaker, b.speaker)) return 'speaker';
  if (differ(a.holder, b.holder)) return 'holder';
  if (differ(a.target, b.target)) return 'target';
  if ((a.date === null) !== (b.date === null)) return 'date';
  if (a.date !== null && b.date !== null && !(daysBetween(a.date, b.date) <= DATE_WINDOW_DAYS)) return 'date';
  return undefined;
}

/** Points for a list of shared items, with a cap, and a penalty when both sides had items but none shared. */
function listEvidence(
  kind: Evidence['kind'], a: readonly string[], b: readonly string[], each: number, cap: number, penalty: number,
): Evidence | undefined {
  if (a.length === 0 || b.length === 0) return undefined;
  const both = shared(a, b);
  if (both.length === 0) return { kind, detail: `none shared (${a.length} vs ${b.length})`, weight: -penalty };
  return { kind, detail: both.join(', '), weight: Math.min(cap, each * both.length) };
}

export function scorePair(a: StatementFingerprint, b: StatementFingerprint): PairScore | undefined {
  if (veto(a, b) !== undefined) return undefined;
  const evidence: Evidence[] = [];
  const add = (e: Evidence | undefined) => { if (e !== undefined && e.weight !== 0) evidence.push(e); };
  if (a.speaker !== null && a.speaker === b.speaker) add({ kind: 'speaker', detail: a.speaker, weight: 2 });
  if (a.holder !== null && a.holder === b.holder) add({ kind: 'speaker', detail: `holder ${a.holder}`, weight: a.speaker === null || b.speaker === null ? 2 : 1 });
  if (a.date !== null && b.date !== null) {
    const days = daysBetween(a.date, b.date);
    add({ kind: 'date', detail: days === 0 ? a.date : `${a.date} / ${b.date}`, weight: days === 0 ? 1 : 0.5 });
  }
  const personal = evidence.reduce((sum, e) => sum + e.weight, 0);
  if (a.target !== null && a.target === b.target) add({ kind: 'initiative', detail: `target ${a.target}`, weight: 2 });
  add(listEvidence('figure', a.figures, b.figures, 2, 6, 2));
  add(listEvidence('initiative', a.initiatives, b.initiatives, 1.5, 4.5, 1));
  add(entityEvidence(a.entities, b.entities));
  add(listEvidence('time', a.times, b.times, 1, 2, 0.5));
  if (a.lang === b.lang) {
    const similarity = sketchSimilarity(a.sketch, b.sketch);
    if (similarity >= TEXT_MIN_SIMILARITY) add({ kind: 'text', detail: `${a.lang} ${similarity.toFixed(2)}`, weight: round(6 * similarity) });
  }
  if (a.ordinal === b.ordinal) {
    add({ kind: 'position', detail: `#${a.ordinal + 1} of ${a.count}${a.count === b.count ? '' : `/${b.count}`}`, weight: a.count === b.count ? 1 : 0.5 });
  }
  const score = round(evidence.reduce((sum, e) => sum + e.weight, 0));
  const content = round(score - personal);
  const speakersKnown = (a.speaker !== null && b.speaker !== null) || (a.holder !== null && b.holder !== null);
  const links = speakersKnown
    ? score >= LINK_MIN && content >= CONTENT_MIN
    : score >= LINK_MIN_NO_SPEAKER && content >= CONTENT_MIN_NO_SPEAKER;
  return { score, content, evidence, links };
}

function entityEvidence(a: readonly string[], b: readonly string[]): Evidence | undefined {
  if (a.length === 0 || b.length === 0) return undefined;
  const both = shared(a, b);
  const union = new Set([...a, ...b]).size;
  if (both.length === 0) return { kind: 'entity', detail: `none shared (${a.length} vs ${b.length})`, weight: -1 };
  return { kind: 'entity', detail: both.join(', '), weight: round((3 * both.length) / union) };
}

const round = (x: number) => Math.round(x * 100) / 100;
