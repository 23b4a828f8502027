/**
 * Reported speech, sentence by sentence, outside the direct quotes already found: a cue at the
 * start (`托卡耶夫指出，…`, `He noted that …`, `По его словам, …`), a frame around the content
 * (`Тоқаев … екенін атап өтті.`), or an attribution at the end of unmarked wire copy
 * (`…, said the Valdorian leader.`). The content runs to the end of its sentence, without the
 * final stop; one quote per sentence, so cues nested in the content are part of it.
 */
import type { Offsets } from '../../record/article-record.js';
import type { CompiledQuotesPack, CompiledRule } from './compile-quote-rules.js';
import { JOINING_PUNCTUATION } from './find-dash-quotes.js';
import type { Claims, QuoteCandidate } from './quote-candidate.js';
import { MAX_WINDOW, type QuoteContext, type RuleMatch } from './quote-context.js';

const TERMINATORS = '.。!！?？…;；';
const CLAUSE_COMMAS = new Set([',', '，']);
// An opening clause (`On Monday,`, `在这方面，`) is short; a cue after a long one is not the sentence's own.
const MAX_LEAD_IN = 40;
const TRAIL_WINDOW = 160;
const MIN_CONTENT = 2;

interface Found {
  readonly match: RuleMatch;
  readonly content: Offsets;
}

// How far before its cue word a trail rule may begin (`, Foreign Minister Irena Ostrova said`).
const TRAIL_SPEAKER_REACH = 72;

/** The sentence start and opening-clause starts before the first cue word. */
function leadStarts(ctx: QuoteContext, sentence: Offsets, end: number, firstCue: number): number[] {
  const starts = [sentence.start];
  const limit = Math.min(end, sentence.start + MAX_LEAD_IN, firstCue);
  for (let i = sentence.start; i < limit && starts.length < 3; i++) {
    if (CLAUSE_COMMAS.has(ctx.text[i]!)) starts.push(ctx.skipSpaces(i + 1, end));
  }
  return starts;
}

function lead(ctx: QuoteContext, pack: CompiledQuotesPack, sentence: Offsets, end: number, firstCue: number): Found | null {
  for (const from of leadStarts(ctx, sentence, end, firstCue)) {
    const match = ctx.firstMatch(pack.rules.lead, from, Math.min(end, from + MAX_WINDOW));
    if (!match) continue;
    const content = { start: ctx.skipSpaces(match.end, end), end };
    if (content.end - content.start >= MIN_CONTENT) return { match, content };
  }
  return null;
}

/** Speaker at the start, cue at the end, content between. */
function frame(ctx: QuoteContext, rule: CompiledRule, sentence: Offsets, end: number, lastCue: number): Found | null {
  if (!rule.tail) return null;
  const tail = ctx.match(rule, Math.max(sentence.start, lastCue - 8), end, true);
  if (!tail) return null;
  const head = rule.regex.exec(ctx.text.slice(sentence.start, Math.min(tail.start, sentence.start + MAX_WINDOW)));
  const slot = head?.indices?.groups?.['speaker'];
  if (!head || !slot) return null;
  const patterned = { start: sentence.start + slot[0], end: sentence.start + slot[1] };
  // A mention starting the sentence bounds the subject better than a pattern does.
  const snapped = ctx.mentions.runAt(patterned.start, tail.start);
  const speaker = snapped ?? patterned;
  const headEnd = snapped ? snapped.end : sentence.start + head.index + head[0].length;
  const content = { start: ctx.skipSpaces(headEnd, tail.start), end: ctx.trimEnd(headEnd, tail.start, JOINING_PUNCTUATION) };
  if (content.end - content.start < MIN_CONTENT) return null;
  return { match: { ...tail, start: sentence.start, speaker }, content };
}

function trail(ctx: QuoteContext, pack: CompiledQuotesPack, sentence: Offsets, end: number, tailCue: number): Found | null {
  const match = ctx.firstMatch(pack.rules.trail, Math.max(sentence.start, tailCue - TRAIL_SPEAKER_REACH), end);
  if (!match) return null;
  const content = { start: sentence.start, end: ctx.trimEnd(sentence.start, match.start, JOINING_PUNCTUATION) };
  return content.end - content.start >= MIN_CONTENT ? { match, content } : null;
}

export function findReportedSpeech(ctx: QuoteContext, claims: Claims): QuoteCandidate[] {
  const out: QuoteCandidate[] = [];
  let k = 0;
  for (const [p, paragraph] of ctx.paragraphs.entries()) {
    const pack = ctx.packOf(p);
    for (; k < ctx.sentences.length && ctx.sentences[k]!.start < paragraph.end; k++) {
      const sentence = ctx.sentences[k]!;
      if (!pack || sentence.start < paragraph.start || claims.hits(sentence)) continue;
      const end = ctx.trimEnd(sentence.start, sentence.end, TERMINATORS);
      const firstCue = ctx.triggers.firstIn(sentence.start, end);
      if (firstCue < 0) continue;
      let found = lead(ctx, pack, sentence, end, firstCue);
      const tailCue = ctx.triggers.firstIn(Math.max(sentence.start, end - TRAIL_WINDOW), end);
      if (tailCue >= 0) {
        const lastCue = ctx.triggers.lastIn(tailCue, end);
        for (const rule of pack.rules.frame) found ??= frame(ctx, rule, sentence, end, lastCue);
        found ??= trail(ctx, pack, sentence, end, tailCue);
      }
      if (!found) continue;
      const { match, content } = found;
      out.push({
        start: content.start,
        end: content.end,
        kind: 'reported',
        cue: match.cue,
        speakerSlot: match.speaker,
        ownerSlot: match.owner,
        claim: sentence,
        confidence: match.rule.confidence,
        pack,
      });
    }
  }
  for (const c of out) claims.add(c.claim);
  return out;
}
