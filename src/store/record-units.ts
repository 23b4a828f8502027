/**
 * The searchable units of a record and what each is about. A unit is a span a hit can point to:
 * the article itself, each quote, each stance, each figure. Its index text is what a full-text
 * query is matched against; its entities (by role) are what the entity filters match.
 *
 * Roles: `speaker` — who said it (quote speaker; stance holder and speaker; the speaker of the
 * quote a figure sits in; for an article, everyone quoted). `country` — the country a speaker acts
 * for (a person's `country`, or a country holding a stance itself; for an article also every
 * country mentioned). `initiative` — initiatives mentioned in the unit or targeted by a stance.
 */
import type { ArticleRecord, EntityRecord, Offsets } from '../record/article-record.js';
import type { UnitKind } from '../search/search-query.js';

export type UnitRole = 'speaker' | 'country' | 'initiative';

export interface UnitDraft {
  readonly kind: UnitKind;
  /** Index of the item in its layer (0 for the article). */
  readonly ord: number;
  readonly indexText: string;
  readonly speaker: string | null;
  readonly entities: ReadonlyArray<readonly [entityId: string, role: UnitRole]>;
}

/** How far around a figure its index text reaches when the record has no sentences. */
const FIGURE_WINDOW = 120;

function within(outer: Offsets, inner: Offsets): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

function overlaps(a: Offsets, b: Offsets): boolean {
  return a.start < b.end && b.start < a.end;
}

export function recordUnits(record: ArticleRecord): UnitDraft[] {
  const entities = new Map<string, EntityRecord>(record.entities.map((e) => [e.id, e]));
  const initiativeMentions = record.mentions.filter((m) => entities.get(m.entity)?.type === 'initiative');
  const initiativesIn = (...spans: Offsets[]) =>
    initiativeMentions.filter((m) => spans.some((s) => overlaps(s, m))).map((m) => m.entity);

  /** A speaker's entity and the country it acts for. */
  const actor = (id: string | null | undefined): Array<readonly [string, UnitRole]> => {
    if (!id) return [];
    const entity = entities.get(id);
    const out: Array<readonly [string, UnitRole]> = [[id, 'speaker']];
    if (entity?.type === 'country') out.push([id, 'country']);
    if (entity?.country) out.push([entity.country, 'country']);
    return out;
  };
  const unique = (pairs: Array<readonly [string, UnitRole]>) =>
    [...new Map(pairs.map((p) => [`${p[1]}\u0000${p[0]}`, p])).values()];

  const units: UnitDraft[] = [];
  record.quotes.forEach((q, ord) => {
    units.push({
      kind: 'quote', ord, indexText: q.text, speaker: q.speaker,
      entities: unique([...actor(q.speaker), ...initiativesIn(q).map((id) => [id, 'initiative'] as const)]),
    });
  });
  record.stances.forEach((s, ord) => {
    const targetOutside = !within(s, s.target);
    units.push({
      kind: 'stance', ord, indexText: targetOutside ? `${s.text}\n${s.target.text}` : s.text,
      speaker: s.holder ?? s.speaker ?? null,
      entities: unique([
        ...actor(s.holder), ...actor(s.speaker),
        ...(s.target.initiative ? [[s.target.initiative, 'initiative'] as const] : []),
        ...initiativesIn(s, s.target).map((id) => [id, 'initiative'] as const),
      ]),
    });
  });
  record.figures.forEach((f, ord) => {
    const sentence = record.sentences.find((s) => within(s, f))
      ?? { start: Math.max(0, f.start - FIGURE_WINDOW), end: Math.min(record.text.length, f.end + FIGURE_WINDOW) };
    const quote = record.quotes.find((q) => within(q, f));
    const speaker = quote?.speaker ?? null;
    units.push({
      kind: 'figure', ord, indexText: record.text.slice(sentence.start, sentence.end), speaker,
      entities: unique([...actor(speaker), ...initiativesIn(sentence).map((id) => [id, 'initiative'] as const)]),
    });
  });
  const mentioned = (type: string) => [...new Set(record.mentions.map((m) => m.entity))].filter((id) => entities.get(id)?.type === type);
  units.unshift({
    kind: 'article', ord: 0, indexText: record.title ? `${record.title}\n${record.text}` : record.text, speaker: null,
    entities: unique([
      ...record.quotes.flatMap((q) => actor(q.speaker)),
      ...record.stances.flatMap((s) => actor(s.holder)),
      ...mentioned('country').map((id) => [id, 'country'] as const),
      ...mentioned('initiative').map((id) => [id, 'initiative'] as const),
      ...record.stances.flatMap((s) => (s.target.initiative ? [[s.target.initiative, 'initiative'] as const] : [])),
    ]),
  });
  return units;
}
