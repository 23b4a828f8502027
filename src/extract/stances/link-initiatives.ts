/**
 * Which initiatives a stance target names, and who the text says proposed them. Initiatives come
 * from: initiative mentions the entities stage found in the target; the gazetteer's names
 * (initiative-lexicon.ts, tolerant of inflection); and the pack's initiative patterns
 * (`设立X的倡议`, `инициатива о создании X`, `initiative to establish X`), whose `thing`, when no
 * initiative was found inside it, is looked up in the gazetteer or, for creating patterns,
 * becomes a new initiative entity. The proposer is the mention a proposer marker points at
 * (`中国提出的`, `China's initiative`, `выдвинутую Китаем`, `Қытай ұсынған`).
 */
import type { EntityRecord, Offsets } from '../../record/article-record.js';
import { foldHan } from '../entities/fold-han.js';
import type { CompiledStances } from './compile-stances-pack.js';
import type { DocIndex } from './doc-index.js';
import { holderMention } from './find-holder.js';
import type { InitiativeLexicon } from './initiative-lexicon.js';

export interface TargetLinks {
  readonly initiatives: readonly string[];
  readonly proposer?: string;
}

export interface LinkContext {
  readonly text: string;
  readonly target: Offsets;
  readonly pack: CompiledStances;
  readonly index: DocIndex;
  readonly lexicon: InitiativeLexicon;
  /** The `names` key for entities made from this text (`zh`, `zh-Hant`, `ru`…). */
  readonly nameLang: string;
  /** Adds an entity to the document unless it is there already. */
  readonly addEntity: (entity: EntityRecord) => void;
}

const HAN = /[\u3400-\u9fff]/u;

export function slugOf(phrase: string): string {
  const simplified = HAN.test(phrase) ? foldHan(phrase) : phrase;
  return simplified.toLowerCase().replace(/ё/g, 'е').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60);
}

function findProposer(ctx: LinkContext, from: number, to: number): { id: string; markerEnd: number; markerStart: number } | undefined {
  const { text, index, pack } = ctx;
  const eligible = holderMention(index);
  for (const marker of pack.proposers.find(text, from, to)) {
    const { side, maxGap, gaps } = marker.value;
    const gapOk = (gap: string) => gap.length <= maxGap && (!gaps || gaps.includes(gap));
    if (side === 'before') {
      const m = index.lastMentionBefore(marker.start, Math.max(0, marker.start - maxGap - 80), eligible);
      if (m && gapOk(text.slice(m.end, marker.start))) return { id: m.entity, markerStart: marker.start, markerEnd: marker.end };
    } else {
      const m = index.firstMentionIn(marker.end, marker.end + maxGap + 80, eligible);
      if (m && gapOk(text.slice(marker.end, m.start))) return { id: m.entity, markerStart: marker.start, markerEnd: m.end };
    }
  }
  return undefined;
}

interface Found {
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

/** Initiatives the pack's patterns name, skipping phrases that already hold a found initiative. */
function fromPatterns(ctx: LinkContext, proposer: ReturnType<typeof findProposer>, found: readonly Found[]): Found[] {
  const { text, target, pack, lexicon } = ctx;
  const window = pack.pack.segmentation === 'chars' ? foldHan(text.slice(target.start, target.end)) : text.slice(target.start, target.end);
  const out: Found[] = [];
  const lower = window.toLowerCase();
  for (const { regex, create, requires } of pack.initiativePatterns) {
    if (!lower.includes(requires)) continue;
    regex.lastIndex = 0;
    for (let m = regex.exec(window); m; m = regex.exec(window)) {
      if (m[0].length === 0) { regex.lastIndex++; continue; }
      const span = m.indices?.groups?.['thing'];
      if (!span) continue;
      let start = target.start + span[0];
      const end = target.start + span[1];
      // The proposer named inside the phrase is not part of what is proposed (Қытай ұсынған X).
      if (proposer && proposer.markerEnd <= end && proposer.markerEnd > start) start = proposer.markerEnd;
      if ([...found, ...out].some((f) => f.start < end && start < f.end)) continue;
      const thing = text.slice(start, end).trim();
      if (thing.length === 0) continue;
      const known = lexicon.lookup(thing, pack.lang);
      if (known) { out.push({ id: known, start, end }); continue; }
      if (!create) continue;
      const id = `initiative:${slugOf(thing)}`;
      if (id === 'initiative:') continue;
      ctx.addEntity({ id, type: 'initiative', names: { [ctx.nameLang]: thing }, ...(proposer ? { proposer: proposer.id } : {}) });
      out.push({ id, start, end });
    }
  }
  return out;
}

export function linkTarget(ctx: LinkContext): TargetLinks {
  const { text, target, index, lexicon, pack } = ctx;
  const proposer = findProposer(ctx, target.start, target.end);
  const found: Found[] = index.mentionsIn(target.start, target.end)
    .filter((m) => index.typeOf(m.entity) === 'initiative')
    .map((m) => ({ id: m.entity, start: m.start, end: m.end }));
  found.push(...lexicon.findIn(text, target.start, target.end, pack.lang, pack.pack.segmentation));
  found.push(...fromPatterns(ctx, proposer, found));
  const initiatives = [...new Set(found.sort((a, b) => a.start - b.start).map((f) => f.id))];
  for (const id of initiatives) {
    const known = lexicon.record(id);
    if (known) ctx.addEntity(known);
  }
  return { initiatives, ...(proposer ? { proposer: proposer.id } : {}) };
}
