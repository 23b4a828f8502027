/** Sentences, split per paragraph with the rules of that paragraph's language. */
import type { StageDefinition } from '../extract/stage.js';
import type { Offsets } from '../record/article-record.js';
import { compileSentenceRules, splitSentences, type SentenceRules } from './split-sentences.js';

export const sentencesStage: StageDefinition = {
  name: 'sentences',
  reads: ['paragraphs'],
  writes: ['sentences'],
  packPart: 'text',
  create(packs) {
    const rulesByCode = new Map<string, SentenceRules>(
      packs.all('text').map(([code, pack]) => [code, compileSentenceRules(pack)]),
    );
    // Text in no supported language still gets sentences: every pack's terminators together.
    const anyLanguage: SentenceRules = {
      terminators: new Set([...rulesByCode.values()].flatMap((r) => [...r.terminators])),
      closers: new Set([...rulesByCode.values()].flatMap((r) => [...r.closers])),
      abbreviations: new Set(),
      longestAbbreviation: 0,
    };
    return (doc) => {
      const sentences: Offsets[] = [];
      for (const paragraph of doc.get('paragraphs')) {
        const code = packs.codeFor(paragraph.lang);
        const rules = (code && rulesByCode.get(code)) || anyLanguage;
        sentences.push(...splitSentences(doc.text, paragraph.start, paragraph.end, rules));
      }
      doc.set('sentences', sentences);
    };
  },
};
