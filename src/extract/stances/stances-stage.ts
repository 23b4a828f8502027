/**
 * Stances: who supports, proposes, calls for, praises, welcomes, opposes, thanks or
 * congratulates what. Per paragraph, the pack of its language finds cue phrases; each cue that is
 * not a noun use (`支持率`, `support staff`), a passive or a relative clause becomes a stance with
 * its holder (find-holder.ts), its target cut at the clause end (cut-target.ts) and the
 * initiatives the target names (link-initiatives.ts). A negated `support` is recorded as `oppose`;
 * other negated cues are not stances (docs/stance-types.md).
 */
import type { EntityRecord, StanceRecord, StanceType } from '../../record/article-record.js';
import { loadGazetteer } from '../../gazetteer/load-gazetteer.js';
import type { Doc } from '../doc.js';
import type { StageDefinition } from '../stage.js';
import { compileStancesPack, type CompiledCue, type CompiledStances } from './compile-stances-pack.js';
import { targetAfter, targetBefore } from './cut-target.js';
import { DocIndex } from './doc-index.js';
import { findHolder, holderMention } from './find-holder.js';
import { InitiativeLexicon } from './initiative-lexicon.js';
import { linkTarget } from './link-initiatives.js';
import type { PhraseMatch } from './phrase-matcher.js';
import { isSpaceCode } from './word-scan.js';
import './stances-pack.js';

/** Thanks and congratulations address people: an initiative named in them is not their object. */
const LINKS_INITIATIVES: ReadonlySet<StanceType> = new Set(['support', 'propose', 'call', 'praise', 'welcome', 'oppose']);

/** How far (in UTF-16 units) a holder or a target may lie from its cue. */
const REACH = 400;

interface RunContext {
  readonly doc: Doc;
  readonly index: DocIndex;
  readonly lexicon: InitiativeLexicon;
  readonly addEntity: (entity: EntityRecord) => void;
}

function skipBack(pack: CompiledStances, text: string, pos: number, floor: number): { pos: number; negated: boolean } {
  let at = pos;
  let negated = false;
  for (;;) {
    const negator = pack.negators.before(text, at, floor);
    if (negator) { negated = true; at = negator.start; continue; }
    const skip = pack.skippable.before(text, at, floor);
    if (!skip) return { pos: at, negated };
    at = skip.start;
  }
}

function precededByComma(text: string, pos: number, floor: number): boolean {
  let i = pos;
  while (i > floor && isSpaceCode(text.charCodeAt(i - 1))) i--;
  return i > floor && (text.charAt(i - 1) === ',' || text.charAt(i - 1) === '，');
}

function stancesForCue(cue: PhraseMatch<CompiledCue>, pack: CompiledStances, nameLang: string, run: RunContext): StanceRecord[] {
  const { doc, index } = run;
  const { text } = doc;
  const spec = cue.value.cue;
  const sentence = index.sentenceAt(cue.start, text.length);
  const quote = index.quoteAround(cue.start, cue.end);
  // Bounded reach keeps a run-on "sentence" with many cues linear: no look-around spans more than REACH.
  const floor = Math.max(sentence.start, quote?.start ?? 0, cue.start - REACH);
  const limit = Math.min(sentence.end, quote?.end ?? Infinity, cue.end + REACH);
  if (pack.notBefore.before(text, cue.start, floor)) return [];
  if (pack.notAfter.after(text, cue.end, limit) || cue.value.notAfter?.after(text, cue.end, limit)) return [];
  const { pos: subjectPos, negated: negatedWord } = skipBack(pack, text, cue.start, floor);
  if (spec.afterComma && !precededByComma(text, cue.start, floor)) return [];
  if (spec.needsSubject && !pack.plural.before(text, subjectPos, floor) && !pack.singular.before(text, subjectPos, floor)) {
    const m = index.lastMentionBefore(subjectPos, floor, holderMention(index));
    if (!m || text.slice(m.end, subjectPos).trim() !== '') return [];
  }
  const negated = negatedWord || spec.negated === true;
  const type: StanceType | undefined = negated ? (cue.value.type === 'support' ? 'oppose' : undefined) : cue.value.type;
  if (!type) return [];
  const holder = findHolder({ text, cue, subjectPos, floor, quote, date: doc.date }, pack, index);
  const target = pack.pack.order === 'target-cue'
    ? targetBefore(text, Math.max(floor, holder.subjectEnd ?? floor), subjectPos, pack)
    : targetAfter(text, cue.end, limit, pack);
  if (target.end <= target.start) return [];
  const second = cue.value.second?.find(text, target.start, target.end);
  if (second && second.length === 0) return [];
  const links = LINKS_INITIATIVES.has(type)
    ? linkTarget({ text, target, pack, index, lexicon: run.lexicon, nameLang, addEntity: run.addEntity })
    : { initiatives: [] as string[] };
  // `put forward a concrete initiative, proposing…`: an initiative that is named nowhere is no
  // position of its own (the proposal that follows is).
  if (second && links.initiatives.length === 0 && text.slice(second[second.length - 1]!.end, target.end).trim() === '') return [];
  const base = {
    ...doc.span(cue.start, cue.end),
    type,
    holder: holder.id,
    ...(quote?.speaker ? { speaker: quote.speaker } : {}),
  };
  const targetSpan = doc.span(target.start, target.end);
  const proposer = links.proposer ? { proposer: links.proposer } : {};
  if (links.initiatives.length === 0) return [{ ...base, target: { ...targetSpan, ...proposer } }];
  return links.initiatives.map((initiative) => ({ ...base, target: { ...targetSpan, initiative, ...proposer } }));
}

export const stancesStage: StageDefinition = {
  name: 'stances',
  reads: ['paragraphs', 'sentences', 'entities', 'mentions', 'quotes'],
  writes: ['stances'],
  // Initiatives made from a pattern join the entities, so a target's `initiative` always names one.
  registers: ['entities'],
  packPart: 'stances',
  create(packs) {
    const compiled = packs.compileEach('stances', compileStancesPack);
    const lexicon = new InitiativeLexicon(loadGazetteer());
    return (doc) => {
      const index = new DocIndex(doc);
      const addEntity = (entity: EntityRecord) => { doc.register('entities', entity); };
      const run: RunContext = { doc, index, lexicon, addEntity };
      const stances: StanceRecord[] = [];
      for (const paragraph of index.paragraphs) {
        const code = packs.codeFor(paragraph.lang);
        const pack = code ? compiled.get(code) : undefined;
        if (!pack) continue;
        let skipUntil = -1;
        for (const cue of pack.cues.find(doc.text, paragraph.start, paragraph.end)) {
          if (cue.start < skipUntil) continue;
          const found = stancesForCue(cue, pack, paragraph.lang, run);
          if (found.length > 0 && cue.value.second) skipUntil = found[0]!.target.end;
          stances.push(...found);
        }
      }
      doc.set('stances', stances);
    };
  },
};
