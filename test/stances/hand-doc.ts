/**
 * Documents with hand-built layers, so the stance and event engines can be tested apart from the
 * entities, quotes and times stages: paragraphs and sentences come from the real text stages,
 * mentions from a surface → entity table (longest surface first, no overlaps), quotes and times
 * from the substrings given.
 */
import { Doc } from '../../src/extract/doc.js';
import type { StageDefinition } from '../../src/extract/stage.js';
import { loadPacks } from '../../src/lang/load-packs.js';
import type {
  EntityRecord, EntityType, MentionRecord, QuoteRecord, TimeRecord,
} from '../../src/record/article-record.js';
import { normalizeText } from '../../src/text/normalize-text.js';
import { paragraphsStage } from '../../src/text/paragraphs-stage.js';
import { sentencesStage } from '../../src/text/sentences-stage.js';

export interface HandLayers {
  readonly text: string;
  readonly lang: string;
  readonly date?: string | null;
  /** Surface form → entity id; every occurrence becomes a mention. */
  readonly mentions?: Readonly<Record<string, string>>;
  /** Entity records to use instead of the bare ones made from mention ids (roles, proposer). */
  readonly entities?: readonly EntityRecord[];
  /** Quoted content (a substring of the text, first occurrence) and its speaker. */
  readonly quotes?: ReadonlyArray<{ readonly text: string; readonly speaker: string | null }>;
  readonly times?: ReadonlyArray<{ readonly text: string; readonly value: string }>;
}

export const TOKAYEV: EntityRecord = {
  id: 'person:kassym-jomart-tokayev', type: 'person', names: { en: 'Kassym-Jomart Tokayev' },
  roles: [{ role: 'president', of: 'country:kz', from: '2019-03-20', to: null }],
};

export const KALLEN: EntityRecord = {
  id: 'person:arvid-kallen', type: 'person', names: { en: 'Arvid Kallen' },
  roles: [{ role: 'president', of: 'country:valdoria', from: '2020-01-01', to: null }],
};

function mentionsOf(text: string, table: Readonly<Record<string, string>>): MentionRecord[] {
  const surfaces = Object.keys(table).sort((a, b) => b.length - a.length);
  const taken = new Uint8Array(text.length);
  const out: MentionRecord[] = [];
  for (const surface of surfaces) {
    for (let at = text.indexOf(surface); at !== -1; at = text.indexOf(surface, at + surface.length)) {
      if (taken.subarray(at, at + surface.length).some((x) => x === 1)) continue;
      taken.fill(1, at, at + surface.length);
      out.push({ start: at, end: at + surface.length, text: surface, entity: table[surface]!, via: 'alias' });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export async function handDoc(layers: HandLayers): Promise<Doc> {
  const packs = await loadPacks();
  const text = normalizeText(layers.text);
  const doc = new Doc({ text, lang: layers.lang, date: layers.date === undefined ? '2025-09-01' : layers.date, source: 'hand' });
  paragraphsStage.create(packs)(doc);
  sentencesStage.create(packs)(doc);
  const mentions = mentionsOf(text, layers.mentions ?? {});
  const given = new Map((layers.entities ?? []).map((e) => [e.id, e]));
  const ids = new Set([...mentions.map((m) => m.entity), ...given.keys()]);
  const entities: EntityRecord[] = [...ids].map((id) => given.get(id)
    ?? { id, type: id.slice(0, id.indexOf(':')) as EntityType, names: {} });
  const quotes: QuoteRecord[] = (layers.quotes ?? []).map((q) => {
    const start = text.indexOf(q.text);
    if (start === -1) throw new Error(`quote not in text: ${q.text}`);
    return { start, end: start + q.text.length, text: q.text, kind: 'direct', speaker: q.speaker, confidence: 1 };
  });
  const times: TimeRecord[] = (layers.times ?? []).map((t) => {
    const start = text.indexOf(t.text);
    if (start === -1) throw new Error(`time not in text: ${t.text}`);
    return { start, end: start + t.text.length, text: t.text, value: t.value, type: 'DATE' };
  });
  doc.set('entities', entities);
  doc.set('mentions', mentions);
  doc.set('quotes', quotes);
  doc.set('times', times);
  return doc;
}

/** Runs one stage (compiled once per stage object) over a hand-built document. */
const compiled = new Map<StageDefinition, (doc: Doc) => void>();
export async function runStage(stage: StageDefinition, doc: Doc): Promise<Doc> {
  let run = compiled.get(stage);
  if (!run) {
    run = stage.create(await loadPacks());
    compiled.set(stage, run);
  }
  run(doc);
  return doc;
}
