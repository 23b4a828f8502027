/**
 * English credit lines: `Photo: Akorda`, `Photo credit: Akorda`, `Compiled by: 阿遥`,
 * `By John Smith` (only as a whole short line of capitalised words), `Editing by …`,
 * `Translated by …`, Reuters' `(Reporting by …; Editing by …)`. Format: see src/ingest/credit-pack.ts.
 */
import type { CreditPack } from '../../ingest/credit-pack.js';

export default {
  credits: [
    { role: 'photo', words: ['Photo credit', 'Photo credits', 'Photograph', 'Photos', 'Photo', 'Image', 'Picture'], separator: 'required' },
    { role: 'photo', words: ['Photo by', 'Photos by', 'Photo courtesy of', 'Photographed by'], separator: 'optional' },
    { role: 'compiler', words: ['Compiled by'], separator: 'optional' },
    { role: 'compiler', words: ['Compiler'], separator: 'required' },
    { role: 'translator', words: ['Translated by'], separator: 'optional' },
    { role: 'translator', words: ['Translator', 'Translation'], separator: 'required' },
    { role: 'author', words: ['By', 'Reporting by', 'Written by', 'Text by'], separator: 'optional' },
    { role: 'author', words: ['Author', 'Reporter'], separator: 'required' },
    { role: 'editor', words: ['Editing by', 'Edited by'], separator: 'optional' },
    { role: 'editor', words: ['Editor'], separator: 'required' },
    { role: 'source', words: ['Source'], separator: 'required' },
  ],
} satisfies CreditPack;
