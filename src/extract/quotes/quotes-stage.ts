/**
 * The `quotes` stage: direct quotes (dash-led paragraphs first, then quote marks), then reported
 * speech in what is left, then speakers bound through the mentions layer. Each paragraph is read
 * with its own language's pack, so an English quote inside a Chinese report uses English rules.
 */
import type { QuoteRecord } from '../../record/article-record.js';
import type { StageDefinition } from '../stage.js';
import { SpeakerBinder } from './bind-speaker.js';
import { compileQuotesPack, type CompiledQuotesPack } from './compile-quote-rules.js';
import { findDashQuotes } from './find-dash-quotes.js';
import { findMarkedQuotes } from './find-marked-quotes.js';
import { findReportedSpeech } from './find-reported-speech.js';
import { Claims, type QuoteCandidate } from './quote-candidate.js';
import { MentionIndex } from './mention-index.js';
import { QuoteContext } from './quote-context.js';

function roundConfidence(n: number): number {
  return Math.min(1, Math.max(0, Math.round(n * 100) / 100));
}

export const quotesStage: StageDefinition = {
  name: 'quotes',
  reads: ['paragraphs', 'sentences', 'mentions', 'entities'],
  writes: ['quotes'],
  packPart: 'quotes',
  create(packs) {
    const compiled = packs.compileEach('quotes', (pack) => compileQuotesPack(pack));
    const packFor = (tag: string): CompiledQuotesPack | undefined => compiled.get(packs.codeFor(tag) ?? '');
    return (doc) => {
      const paragraphs = doc.get('paragraphs');
      const mentions = [...doc.getOrEmpty('mentions')].sort((a, b) => a.start - b.start || b.end - a.end);
      const ctx = new QuoteContext(
        doc.text, paragraphs, doc.get('sentences'),
        // A paragraph in a language without a pack (a stray credit line) is read with the document's.
        paragraphs.map((p) => packFor(p.lang) ?? packFor(doc.lang)),
        new MentionIndex(doc.text, mentions, new Map(doc.getOrEmpty('entities').map((e) => [e.id, e.type]))),
      );
      const claims = new Claims();
      const direct = [...findDashQuotes(ctx, claims), ...findMarkedQuotes(ctx, claims)];
      const reported = findReportedSpeech(ctx, claims);
      const quoted = new Claims();
      for (const q of direct) quoted.add(q);
      const binder = new SpeakerBinder(ctx, quoted);
      const bound = new Map<QuoteCandidate, QuoteRecord>();
      const quotes = [...direct, ...reported].sort((a, b) => a.start - b.start).map((c) => {
        // A continuation shares its speaker with the quote it continues.
        const from = c.continues ? bound.get(c.continues) : undefined;
        const binding = from ? { speaker: from.speaker, weight: 1 } : binder.bind(c);
        const { start, end, text } = doc.span(c.start, c.end);
        const confidence = roundConfidence((from?.confidence ?? c.confidence) * binding.weight);
        // Plain literals, one shape each: object spread here cost as much as finding the quotes.
        const record: QuoteRecord = c.cue
          ? { start, end, text, kind: c.kind, speaker: binding.speaker, cue: doc.span(c.cue.start, c.cue.end), confidence }
          : { start, end, text, kind: c.kind, speaker: binding.speaker, confidence };
        bound.set(c, record);
        return record;
      });
      doc.set('quotes', quotes);
    };
  },
};
