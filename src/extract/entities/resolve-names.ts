/**
 * Turns name hits into mentions. Full names count as they stand. A short form (a surname,
 * 托卡耶夫, Токаев) needs context, tried in order: a title introducing it with the role its
 * candidate held; the same entity named in full elsewhere in the article; for people, holding
 * office on the article date (a serving leader's surname alone is how news names them). A demonym
 * counts only where it qualifies a title (Kazakh President).
 */
import type { Gazetteer } from '../../gazetteer/gazetteer.js';
import type { DocContext } from './doc-context.js';
import type { Payload } from './lexicon-entry.js';
import type { Draft } from './mention-draft.js';
import type { Frames, TextRole } from './title-frames.js';

type NamePayload = Payload & { kind: 'name' };

/** Name payloads, one per entity and form (a surname listed for zh and zh-Hant is one candidate). */
function namesOf(payloads: readonly Payload[]): NamePayload[] {
  const out: NamePayload[] = [];
  for (const p of payloads) {
    if (p.kind === 'name' && !out.some((q) => q.entity === p.entity && q.form === p.form)) out.push(p);
  }
  return out;
}

export function resolveNames(ctx: DocContext, frames: Frames, gazetteer: Gazetteer): Draft[] {
  const { hits, date } = ctx;
  const named = new Set<string>();
  for (const hit of hits) for (const p of namesOf(hit.payloads)) if (p.form === 'full') named.add(p.entity);
  const heldOn = (id: string, role?: TextRole) => gazetteer.rolesOn(id, date, role?.role)
    .some((r) => role?.of === undefined || r.of === role.of);

  const drafts: Draft[] = [];
  const anchored = new Set<string>();
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i]!;
    const names = namesOf(hit.payloads);
    if (names.length === 0 || hit.payloads.some((p) => p.kind !== 'name')) continue;
    const role = frames.attached.get(i);
    let chosen: NamePayload | undefined;
    if (frames.qualifiers.has(i)) {
      chosen = names.find((p) => p.type === 'country' || p.type === 'organization');
    } else {
      const full = names.filter((p) => p.form === 'full');
      const short = names.filter((p) => p.form === 'short');
      if (full.length > 0) {
        chosen = (role && full.find((p) => heldOn(p.entity, role))) || full[0];
      } else if (short.length > 0) {
        chosen = (role && short.find((p) => heldOn(p.entity, role)))
          || short.find((p) => named.has(p.entity))
          || (role && short.find((p) => p.type === 'person'));
        if (!chosen) {
          const serving = short.filter((p) => p.type === 'person' && heldOn(p.entity));
          if (serving.length === 1) chosen = serving[0];
        }
      }
    }
    if (!chosen) continue;
    // A surname after the full name or a title introduced the person is coreference to it.
    const via = chosen.form === 'short' && !role && anchored.has(chosen.entity) ? 'coref' : 'alias';
    if (chosen.form === 'full' || role) anchored.add(chosen.entity);
    const start = role?.from ?? hit.start;
    if (start < hit.start) ctx.cover(start, hit.start);
    drafts.push({ start, end: hit.end, entity: chosen.entity, via, ...(chosen.ambiguous ? { ambiguous: true } : {}) });
  }
  return drafts;
}

/**
 * A name that is also a common word stays only mid-sentence (where its capital marks a name) or
 * when the article names other entities: `Turkey should rest for an hour` in a recipe goes.
 */
export function dropUnsupportedAmbiguous(ctx: DocContext, drafts: readonly Draft[]): Draft[] {
  const otherEvidence = drafts.some((d) => !d.ambiguous);
  return drafts.filter((d) => !d.ambiguous || otherEvidence || !ctx.startsSentence(d.start));
}
