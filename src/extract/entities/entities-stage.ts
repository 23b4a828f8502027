/**
 * The entities stage: one pass of the lexicon over the text, then title frames (title-frames.ts),
 * people the gazetteer lacks (find-people.ts), names and short forms (resolve-names.ts),
 * role-by-date titles, surnames (surname-mentions.ts), salience and coreference, in that order,
 * each step reading what the ones before it decided. Writes `entities` (each entity a
 * mention refers to, once) and `mentions` (non-overlapping, in text order).
 */
import type { Gazetteer } from '../../gazetteer/gazetteer.js';
import { loadGazetteer } from '../../gazetteer/load-gazetteer.js';
import type { PackSet } from '../../lang/pack-set.js';
import type { EntityRecord, MentionRecord } from '../../record/article-record.js';
import type { Doc } from '../doc.js';
import type { StageDefinition } from '../stage.js';
import { Lexicon } from './build-lexicon.js';
import { Coreference } from './coreference.js';
import { DocContext } from './doc-context.js';
import { PeopleFinder } from './find-people.js';
import type { Draft } from './mention-draft.js';
import { dropUnsupportedAmbiguous, resolveNames } from './resolve-names.js';
import { salienceOf } from './salience.js';
import { surnameMentions } from './surname-mentions.js';
import { TitleFrameReader } from './title-frames.js';
import { dropPartialHanNames } from './unknown-names.js';
import { tokenizeWords } from './word-tokens.js';

/** Mentions in text order with any overlap removed (the steps avoid overlaps; this guarantees it). */
function ordered(drafts: readonly Draft[]): Draft[] {
  const sorted = [...drafts].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Draft[] = [];
  for (const d of sorted) if (out.length === 0 || d.start >= out.at(-1)!.end) out.push(d);
  return out;
}

// Every extractor in a process (tests, a worker's pipeline) shares one lexicon per gazetteer and pack set.
const lexicons = new WeakMap<Gazetteer, WeakMap<PackSet, Lexicon>>();
function lexiconFor(gazetteer: Gazetteer, packs: PackSet): Lexicon {
  let byPacks = lexicons.get(gazetteer);
  if (!byPacks) lexicons.set(gazetteer, byPacks = new WeakMap());
  let lexicon = byPacks.get(packs);
  if (!lexicon) byPacks.set(packs, lexicon = new Lexicon(gazetteer, packs));
  return lexicon;
}

/** The stage over a given gazetteer (tests pass a fictional one); `entitiesStage` uses the real one. */
export function createEntitiesStage(gazetteerOf: () => Gazetteer = loadGazetteer): StageDefinition {
  return {
    name: 'entities',
    reads: ['paragraphs', 'sentences'],
    writes: ['entities', 'mentions'],
    packPart: 'entities',
    create(packs) {
      const gazetteer = gazetteerOf();
      const lexicon = lexiconFor(gazetteer, packs);
      const frameReader = new TitleFrameReader(packs);
      const hanScanners = [...frameReader.hanScanners().values()];
      const isHanNameCode = (code: number) => hanScanners.some((s) => s.isNameCode(code));
      const finder = new PeopleFinder(frameReader);

      function run(doc: Doc): void {
        const tokens = tokenizeWords(doc.text);
        let hits = lexicon.match(doc.text, tokens);
        for (const scanner of hanScanners) hits = dropPartialHanNames(hits, doc.text, scanner);
        const ctx = new DocContext(doc, tokens, hits);
        const frames = frameReader.read(ctx);
        const { people, drafts } = finder.find(ctx, frames);

        drafts.push(...resolveNames(ctx, frames, gazetteer));
        for (const use of frames.qualified) {
          const holders = use.of ? gazetteer.holdersOf(use.role, use.of, ctx.date) : [];
          const hit = ctx.hits[use.hit]!;
          if (holders.length === 1) drafts.push({ start: hit.start, end: hit.end, entity: holders[0]!.id, via: 'title' });
        }
        drafts.push(...surnameMentions(ctx, people, isHanNameCode));

        const kept = dropUnsupportedAmbiguous(ctx, drafts);
        const salience = salienceOf(kept, gazetteer, people, ctx.date);
        kept.push(...new Coreference(ctx, gazetteer, people, frameReader.entityPacks).resolve(kept, frames, salience));

        const mentions: MentionRecord[] = [];
        const entities: EntityRecord[] = [];
        const listed = new Set<string>();
        for (const d of ordered(kept)) {
          if (!listed.has(d.entity)) {
            const record = gazetteer.record(d.entity) ?? people.record(d.entity);
            if (!record) continue;
            listed.add(d.entity);
            entities.push(record);
          }
          // Built field by field: an object spread here costs more than the rest of the loop.
          const span = doc.span(d.start, d.end);
          mentions.push({ start: span.start, end: span.end, text: span.text, entity: d.entity, via: d.via });
        }
        doc.set('entities', entities);
        doc.set('mentions', mentions);
      }

      return (doc) => {
        try {
          run(doc);
        } catch (error) {
          // An article keeps its other layers if this one fails; tests must still see the failure.
          if (process.env.VITEST) throw error;
          doc.set('entities', []);
          doc.set('mentions', []);
        }
      };
    },
  };
}

export const entitiesStage: StageDefinition = createEntitiesStage();
