/**
 * Dash-led speech paragraphs: `— Казахстан …, — сказал Токаев.`, `—哈萨克斯坦…。-托卡耶夫说。`.
 * The quote is what follows the leading dash, up to the closing attribution (which is not part of
 * it); a second dash after the attribution opens another stretch by the same speaker. Without a
 * closing attribution, the paragraph is speech only when the one before it introduces it
 * (`Каллен заявил:`); otherwise it is a list item or a dialogue line, and not a quote.
 */
import type { Offsets } from '../../record/article-record.js';
import type { CompiledQuotesPack } from './compile-quote-rules.js';
import type { Claims, QuoteCandidate } from './quote-candidate.js';
import { MAX_WINDOW, type QuoteContext, type RuleMatch } from './quote-context.js';

/** Trailing punctuation that joins a quote to its attribution and is not part of it. */
export const JOINING_PUNCTUATION = ',，、';

/** The closing attribution of the stretch starting at `from`: tried at each dash, then at the last sentence. */
function findAttribution(ctx: QuoteContext, pack: CompiledQuotesPack, from: number, end: number): RuleMatch | null {
  const finder = pack.dashFinder;
  finder.lastIndex = from + 1;
  for (let found = finder.exec(ctx.text); found !== null && found.index < end; found = finder.exec(ctx.text)) {
    const i = found.index;
    const k = ctx.sentenceIndexAt(i);
    const sentenceEnd = k >= 0 ? Math.min(ctx.sentences[k]!.end, end) : end;
    if (ctx.triggers.firstIn(i, sentenceEnd) < 0) continue;
    const m = ctx.firstMatch(pack.rules.closing, i, sentenceEnd);
    if (m) return m;
  }
  // `…价值观。托卡耶夫说。`: an attribution sentence with no dash before it.
  const last = ctx.sentenceIndexAt(end - 1);
  const sentence = last >= 0 ? ctx.sentences[last] : undefined;
  if (sentence && sentence.start > from && sentence.end <= end && ctx.triggers.firstIn(sentence.start, sentence.end) >= 0) {
    return ctx.firstMatch(pack.rules.closing, sentence.start, sentence.end);
  }
  return null;
}

/** An introduction closing the paragraph before (`Каллен заявил:`), for a dash paragraph with no attribution. */
export function introBefore(ctx: QuoteContext, paragraph: number, pack: CompiledQuotesPack): RuleMatch | null {
  const previous = ctx.paragraphs[paragraph - 1];
  if (previous === undefined) return null;
  const last = ctx.trimEnd(previous.start, previous.end, '');
  if (last <= previous.start || !pack.introPunctuation.has(ctx.text[last - 1]!)) return null;
  const from = Math.max(ctx.sentenceStartBefore(last - 1, previous.start), last - MAX_WINDOW);
  return ctx.triggers.firstIn(from, last) < 0 ? null : ctx.firstMatch(pack.rules.intro, from, last);
}

function candidate(
  content: Offsets, match: RuleMatch | null, claimEnd: number, pack: CompiledQuotesPack, continues?: QuoteCandidate,
): QuoteCandidate {
  return {
    start: content.start,
    end: content.end,
    kind: 'direct',
    cue: continues?.cue ?? match?.cue,
    speakerSlot: continues?.speakerSlot ?? match?.speaker,
    ownerSlot: continues?.ownerSlot ?? match?.owner,
    // An introduction sits before the words; it is consumed as well.
    claim: { start: Math.min(content.start, match?.start ?? content.start), end: claimEnd },
    confidence: continues?.confidence ?? match?.rule.confidence ?? 0,
    pack,
    ...(continues ? { continues } : {}),
  };
}

/** Reported words a closing attribution adds (`, adding that …`): the same speaker's. */
export function addedWords(match: RuleMatch | null, quote: QuoteCandidate, ctx: QuoteContext): QuoteCandidate | undefined {
  const added = match?.added;
  if (!added) return undefined;
  const end = ctx.trimEnd(added.content.start, added.content.end, '.。!?！？…');
  if (end <= added.content.start) return undefined;
  return {
    start: added.content.start,
    end,
    kind: 'reported',
    cue: added.cue,
    speakerSlot: quote.speakerSlot,
    ownerSlot: quote.ownerSlot,
    claim: added.content,
    confidence: quote.confidence,
    pack: quote.pack,
    continues: quote,
  };
}

export function findDashQuotes(ctx: QuoteContext, claims: Claims): QuoteCandidate[] {
  const out: QuoteCandidate[] = [];
  for (const [p, paragraph] of ctx.paragraphs.entries()) {
    const pack = ctx.packOf(p);
    if (!pack) continue;
    const lead = ctx.skipSpaces(paragraph.start, paragraph.end);
    if (lead >= paragraph.end || !pack.speechDashes.has(ctx.text[lead]!)) continue;
    let from = lead + 1;
    while (from < paragraph.end && pack.speechDashes.has(ctx.text[from]!)) from++;  // ——
    from = ctx.skipSpaces(from, paragraph.end);
    let previous: QuoteCandidate | undefined;
    while (from < paragraph.end) {
      const attribution = findAttribution(ctx, pack, from, paragraph.end);
      if (attribution) {
        const end = ctx.trimEnd(from, attribution.start, JOINING_PUNCTUATION);
        if (end > from) {
          previous = candidate({ start: from, end }, attribution, attribution.end, pack);
          out.push(previous);
          const added = addedWords(attribution, previous, ctx);
          if (added) out.push(added);
        }
        const next = ctx.skipSpaces(attribution.end, paragraph.end);
        if (next >= paragraph.end || !pack.speechDashes.has(ctx.text[next]!)) break;
        from = ctx.skipSpaces(next + 1, paragraph.end);
        continue;
      }
      const end = ctx.trimEnd(from, paragraph.end, JOINING_PUNCTUATION);
      const intro = previous ? null : introBefore(ctx, p, pack);
      if (end > from && (previous || intro)) {
        out.push(candidate({ start: from, end }, intro, paragraph.end, pack, previous));
      }
      break;
    }
  }
  for (const c of out) claims.add(c.claim);
  return out;
}
