/**
 * Paragraphs with their own language: a Chinese report can carry a Kazakh photo credit or an
 * English quote, and later stages pick the language pack per paragraph. Unless the caller fixed
 * it, the document's language is settled here too, from the paragraphs' readings added up, so the
 * text is read once; a paragraph too short to judge then takes the document's language.
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
      const offsets = paragraphOffsets(doc.text);
      const readings = offsets.map(({ start, end }) => identifier.read(doc.text, start, end));
      if (!doc.hasLang()) doc.setLang(identifier.decide(identifier.combine(readings), doc.declaredLang));
      doc.set('paragraphs', offsets.map(({ start, end }, i) => ({
        start,
        end,
        lang: identifier.decide(readings[i]!, doc.lang),
      })));
    };
  },
};
