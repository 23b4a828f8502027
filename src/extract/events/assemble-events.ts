/**
 * Occurrences into events. Occurrences that name an event of their own (an ordinal, a name, a
 * description, or a time of their own) group by sentence into one event each (`首次会议` and
 * `“数字桥”论坛` in one sentence are one meeting); the others all point at the occasion the article
 * reports, the main event. An event takes its organisation from its phrase (the main event, failing
 * that, from the organisation the article mentions most), its place from the nearest place mention
 * in its sentences, its date from a time there (the main event: a time right before its phrase,
 * else the article date), and as participants the persons of sentences with an attendance verb
 * (`出席会议并发表讲话`) plus, for the main event, the speakers quoted. Ids are `event:` + org, type,
 * date and place (`event:sco-summit-2025-09-01-tianjin`), with the name when those are missing.
 */
import type { EventRecord, MentionRecord, Offsets, TimeRecord } from '../../record/article-record.js';
import type { Doc } from '../doc.js';
import type { DocIndex } from '../stances/doc-index.js';
import { slugOf } from '../stances/link-initiatives.js';
import type { Occurrence } from './event-phrase.js';

const DATE_VALUE = /^\d{4}(?:-\d{2}){0,2}$/;

export interface AssembleContext {
  readonly doc: Doc;
  readonly index: DocIndex;
  /** DATE times with a plain ISO value, by the start of their sentence. */
  readonly timesBySentence: ReadonlyMap<number, readonly TimeRecord[]>;
  /** Sentences (by start) holding an attendance verb. */
  readonly attendance: ReadonlySet<number>;
}

interface Draft {
  type: string;
  name?: string;
  place?: string;
  date?: string;
  organization?: string;
  participants: string[];
  span: Offsets;
}

const distance = (a: Offsets, b: Offsets) => (a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0);

function nearest<T extends Offsets>(items: readonly T[], to: Offsets): T | undefined {
  let best: T | undefined;
  for (const item of items) if (!best || distance(item, to) < distance(best, to)) best = item;
  return best;
}

function timesIn(ctx: AssembleContext, sentence: Offsets, near?: Offsets): readonly TimeRecord[] {
  const all = ctx.timesBySentence.get(sentence.start) ?? [];
  return near ? all.filter((t) => distance(t, near) <= REACH) : all;
}

/** Times by sentence, for assembleEvents: only DATE values that name a day, month or year. */
export function datesBySentence(times: readonly TimeRecord[], index: DocIndex, textLength: number): Map<number, TimeRecord[]> {
  const out = new Map<number, TimeRecord[]>();
  for (const t of times) {
    if (t.type !== 'DATE' || !DATE_VALUE.test(t.value)) continue;
    const sentence = index.sentenceAt(t.start, textLength);
    const list = out.get(sentence.start) ?? [];
    list.push(t);
    out.set(sentence.start, list);
  }
  return out;
}

/** How far (in UTF-16 units) from its noun an event's place or time may stand, within the sentence. */
const REACH = 300;

function placeNear(ctx: AssembleContext, occurrence: Occurrence): string | undefined {
  const { index } = ctx;
  const from = Math.max(occurrence.sentence.start, occurrence.noun.start - REACH);
  const to = Math.min(occurrence.sentence.end, occurrence.noun.end + REACH);
  const places = index.mentionsIn(from, to).filter((m) => index.typeOf(m.entity) === 'place');
  return nearest(places, occurrence.noun)?.entity;
}

const personsBySentence = new WeakMap<AssembleContext, Map<number, string[]>>();

function persons(ctx: AssembleContext, sentence: Offsets): string[] {
  if (!ctx.attendance.has(sentence.start)) return [];
  let cache = personsBySentence.get(ctx);
  if (!cache) personsBySentence.set(ctx, cache = new Map());
  let found = cache.get(sentence.start);
  if (!found) {
    found = ctx.index.mentionsIn(sentence.start, sentence.end)
      .filter((m: MentionRecord) => ctx.index.typeOf(m.entity) === 'person').map((m) => m.entity);
    cache.set(sentence.start, found);
  }
  return found;
}

export const ownsEvent = (o: Occurrence, ctx: AssembleContext) =>
  o.named || o.ordinal || o.content || (!o.deictic && timesIn(ctx, o.sentence, o.noun).length > 0);

function ownDraft(group: readonly Occurrence[], ctx: AssembleContext): Draft {
  const lead = group.find((o) => o.named) ?? group[0]!;
  const time = nearest(timesIn(ctx, lead.sentence, lead.noun), lead.noun);
  const place = group.map((o) => placeNear(ctx, o)).find((p) => p !== undefined);
  const organization = group.map((o) => o.organization).find((o) => o !== undefined);
  return {
    type: lead.noun.value.type,
    name: ctx.doc.text.slice(lead.phrase.start, lead.phrase.end),
    ...(place ? { place } : {}),
    ...(time ? { date: time.value } : {}),
    ...(organization ? { organization } : {}),
    participants: group.flatMap((o) => persons(ctx, o.sentence)),
    span: lead.phrase,
  };
}

function salientOrganization(index: DocIndex): string | undefined {
  const counts = new Map<string, number>();
  for (const m of index.mentions) if (index.typeOf(m.entity) === 'organization') counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] >= 2 ? best[0] : undefined;
}

function mainDraft(occurrences: readonly Occurrence[], ctx: AssembleContext): Draft {
  const lead = occurrences.find((o) => o.noun.value.type === 'summit') ?? occurrences[0]!;
  // Only a time right before the phrase dates the occasion (`今天的峰会`); otherwise the report's date.
  const time = occurrences.flatMap((o) => timesIn(ctx, o.sentence, o.noun).filter((t) => t.end <= o.phrase.start && o.phrase.start - t.end <= 4))[0];
  const place = occurrences.map((o) => placeNear(ctx, o)).find((p) => p !== undefined);
  const organization = occurrences.map((o) => o.organization).find((o) => o !== undefined) ?? salientOrganization(ctx.index);
  const speakers = ctx.index.quotes.map((q) => q.speaker).filter((s): s is string => s !== null && ctx.index.typeOf(s) === 'person');
  const date = time?.value ?? ctx.doc.date ?? undefined;
  return {
    type: lead.noun.value.type,
    ...(place ? { place } : {}),
    ...(date ? { date } : {}),
    ...(organization ? { organization } : {}),
    participants: [...occurrences.flatMap((o) => persons(ctx, o.sentence)), ...speakers],
    span: occurrences[0]!.phrase,
  };
}

function idOf(draft: Draft): string {
  const tail = (id: string | undefined) => id?.slice(id.indexOf(':') + 1);
  const parts = [tail(draft.organization), draft.type, draft.date, tail(draft.place)].filter((p): p is string => !!p);
  if (!draft.date && !draft.place && draft.name) parts.push(slugOf(draft.name));
  return `event:${parts.join('-')}`;
}

export function assembleEvents(occurrences: readonly Occurrence[], ctx: AssembleContext): EventRecord[] {
  const live = occurrences.filter((o) => !o.generic);
  const anaphoric = live.filter((o) => !ownsEvent(o, ctx));
  const pointing = new Set(anaphoric);
  const bySentence = new Map<number, Occurrence[]>();
  for (const o of live) {
    if (pointing.has(o)) continue;
    const list = bySentence.get(o.sentence.start) ?? [];
    list.push(o);
    bySentence.set(o.sentence.start, list);
  }
  const drafts = [...(anaphoric.length > 0 ? [mainDraft(anaphoric, ctx)] : []), ...[...bySentence.values()].map((g) => ownDraft(g, ctx))];
  const byId = new Map<string, EventRecord>();
  for (const draft of drafts) {
    const id = idOf(draft);
    const known = byId.get(id);
    if (known) {
      byId.set(id, { ...known, participants: [...new Set([...known.participants, ...draft.participants])] });
      continue;
    }
    const { span, participants, ...rest } = draft;
    byId.set(id, { id, ...rest, participants: [...new Set(participants)], span: ctx.doc.span(span.start, span.end) });
  }
  return [...byId.values()];
}
