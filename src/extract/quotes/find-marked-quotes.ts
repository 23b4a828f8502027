/**
 * Quotes in quote marks. A marked span is speech only with a cue: a closing attribution after it
 * (`,” Kallen said.`, `», — отметил он.`, `”，他说。`), an introduction before it (`Kallen said: “`,
 * `托卡耶夫表示：“`), or as the continuation of a quote just attributed (`“…,” he said. “…”`).
 * Without one it is a scare quote, a name or a term (“三股势力”, «Шанхайского духа»), not a quote.
 * A quote left open at a paragraph's end continues when the next paragraph reopens it; otherwise
 * it ends with its paragraph and counts only when introduced.
 */
import type { Offsets } from '../../record/article-record.js';
import { addedWords, introBefore, JOINING_PUNCTUATION } from './find-dash-quotes.js';
import type { Claims, QuoteCandidate } from './quote-candidate.js';
import { MAX_WINDOW, type QuoteContext, type RuleMatch } from './quote-context.js';
import { scanQuoteMarks, type MarkSpan } from './scan-quote-marks.js';
import type { CompiledQuotesPack } from './compile-quote-rules.js';

interface Chain {
  readonly first: MarkSpan;
  last: MarkSpan;
  readonly firstParagraph: number;
  lastParagraph: number;
  readonly pack: CompiledQuotesPack;
}

// A quote whose closing mark never came is less certain than one that closed.
const UNCLOSED_FACTOR = 0.8;

/** Outermost marked spans per paragraph, joined across paragraphs where a quote is reopened. */
function chainsOf(ctx: QuoteContext): Chain[] {
  const chains: Chain[] = [];
  let pending: Chain | undefined;
  for (const [p, paragraph] of ctx.paragraphs.entries()) {
    const pack = ctx.packOf(p);
    if (!pack) { pending = undefined; continue; }
    const first = ctx.skipSpaces(paragraph.start, paragraph.end);
    let carried: Chain | undefined;
    for (const span of scanQuoteMarks(ctx.text, paragraph.start, paragraph.end, pack)) {
      if (span.title) continue;
      const reopens = pending && span.open === first && ctx.text[span.open] === ctx.text[pending.first.open];
      if (pending && reopens) {
        pending.last = span;
        pending.lastParagraph = p;
        carried = pending;
      } else {
        carried = { first: span, last: span, firstParagraph: p, lastParagraph: p, pack };
        chains.push(carried);
      }
      pending = undefined;
    }
    pending = carried && carried.last.close < 0 && carried.lastParagraph === p ? carried : undefined;
  }
  return chains;
}

function closingAfter(ctx: QuoteContext, chain: Chain): RuleMatch | null {
  const { last, pack } = chain;
  if (last.close < 0) return null;
  const paragraph = ctx.paragraphs[chain.lastParagraph]!;
  const at = last.close + 1;
  const k = ctx.sentenceIndexAt(at);
  const sentence = k >= 0 ? ctx.sentences[k] : undefined;
  if (!sentence || sentence.start >= paragraph.end) return null;
  const joiners = pack.closingJoiners;
  if (joiners && !joiners.has(ctx.text[last.close - 1] ?? '') && !joiners.has(ctx.text[at] ?? '')) return null;
  const end = Math.min(sentence.end, paragraph.end);
  return ctx.triggers.firstIn(at, end) < 0 ? null : ctx.firstMatch(pack.rules.closing, at, end);
}

function introOf(ctx: QuoteContext, chain: Chain): RuleMatch | null {
  const { first, pack } = chain;
  const paragraph = ctx.paragraphs[chain.firstParagraph]!;
  const before = ctx.trimEnd(paragraph.start, first.open, '');
  if (before <= paragraph.start) return introBefore(ctx, chain.firstParagraph, pack);
  if (!pack.introPunctuation.has(ctx.text[before - 1]!)) return null;
  const from = Math.max(ctx.sentenceStartBefore(before - 1, paragraph.start), before - MAX_WINDOW);
  return ctx.triggers.firstIn(from, before) < 0 ? null : ctx.firstMatch(pack.rules.intro, from, before);
}

/** The subject before the quote, for attributions that name no speaker (`Тоқаев: «…» деп атап өтті`). */
function subjectBefore(ctx: QuoteContext, chain: Chain): Offsets {
  const paragraph = ctx.paragraphs[chain.firstParagraph]!;
  return { start: ctx.sentenceStartBefore(chain.first.open, paragraph.start), end: chain.first.open };
}

export function findMarkedQuotes(ctx: QuoteContext, claims: Claims): QuoteCandidate[] {
  const out: QuoteCandidate[] = [];
  let previous: QuoteCandidate | undefined;
  for (const chain of chainsOf(ctx)) {
    const closed = chain.last.close >= 0;
    const contentEnd = closed ? chain.last.close : ctx.paragraphs[chain.lastParagraph]!.end;
    if (claims.hits({ start: chain.first.open, end: closed ? contentEnd + 1 : contentEnd })) continue;
    const closing = closingAfter(ctx, chain);
    const intro = closing?.speaker ? null : introOf(ctx, chain);
    // Only right after the attributed quote, in the same paragraph: a new paragraph opening with
    // marks is as likely a term in quotes as more of the same speech.
    const continues = previous && previous.claim.end <= chain.first.open
      && ctx.skipSpaces(previous.claim.end, chain.first.open) === chain.first.open
      && !ctx.text.slice(previous.claim.end, chain.first.open).includes('\n') ? previous : undefined;
    const match = closing ?? intro;
    if (!match && !continues) continue;
    const end = ctx.trimEnd(chain.first.open + 1, contentEnd, JOINING_PUNCTUATION);
    const start = ctx.skipSpaces(chain.first.open + 1, end);
    if (end <= start) continue;
    const speakerSlot = match?.speaker ?? intro?.speaker ?? (match ? subjectBefore(ctx, chain) : continues?.speakerSlot);
    const candidate: QuoteCandidate = {
      start,
      end,
      kind: 'direct',
      cue: match?.cue ?? continues?.cue,
      speakerSlot,
      ownerSlot: match?.owner ?? continues?.ownerSlot,
      claim: {
        start: Math.min(intro?.start ?? chain.first.open, chain.first.open),
        end: closing?.end ?? (closed ? contentEnd + 1 : contentEnd),
      },
      confidence: (match?.rule.confidence ?? continues?.confidence ?? 0) * (closed ? 1 : UNCLOSED_FACTOR),
      pack: chain.pack,
      ...(match ? {} : { continues }),
    };
    out.push(candidate);
    const added = addedWords(closing, candidate, ctx);
    if (added) out.push(added);
    claims.add(candidate.claim);
    previous = candidate;
  }
  return out;
}
