/**
 * Paragraphs with their own language: a Chinese report can carry a Kazakh photo credit or an
 * English quote, and later stages pick the language pack per paragraph.
 */
import type { StageDefinition } from '../extract/stage.js';
import { createLanguageIdentifier } from './identify-language.js';
import { paragraphOffsets } from './normalize-text.js';

export const paragraphsStage: StageDefinition = {
  name: 'paragraphs',
  reads: [],
  writes: ['paragraphs'],
  packPart: 'text',
  create(packs) {
    const identifier = createLanguageIdentifier(packs);
    return (doc) => {
      doc.set('paragraphs', paragraphOffsets(doc.text).map(({ start, end }) => ({
        start,
        end,
        lang: identifier.identify(doc.text.slice(start, end), doc.lang),
      })));
    };
  },
};
