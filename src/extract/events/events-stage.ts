/**
 * Events: the occasion the article reports (a summit, a meeting, a forum) and the events it
 * announces or recalls, with organisation, place, date and participants. Per paragraph, the pack
 * of its language finds event nouns (event-phrase.ts reads the phrase around each), then
 * assemble-events.ts turns them into records. Event entities are not added to `entities`: that
 * layer belongs to the entities stage, and the events layer carries them whole.
 */
import type { Doc } from '../doc.js';
import type { StageDefinition } from '../stage.js';
import { DocIndex } from '../stances/doc-index.js';
import { assembleEvents, datesBySentence } from './assemble-events.js';
import { compileEventsPack } from './compile-events-pack.js';
import { occurrenceOf, type Occurrence } from './event-phrase.js';
import './events-pack.js';

const NAME_TYPES = new Set(['organization', 'initiative']);

export const eventsStage: StageDefinition = {
  name: 'events',
  reads: ['paragraphs', 'sentences', 'entities', 'mentions', 'times', 'quotes'],
  writes: ['events'],
  packPart: 'events',
  create(packs) {
    const compiled = packs.compileEach('events', compileEventsPack);
    return (doc: Doc) => {
      const index = new DocIndex(doc);
      const occurrences: Occurrence[] = [];
      const attendance = new Set<number>();
      for (const paragraph of index.paragraphs) {
        const code = packs.codeFor(paragraph.lang);
        const pack = code ? compiled.get(code) : undefined;
        if (!pack) continue;
        for (const cue of pack.cues.find(doc.text, paragraph.start, paragraph.end)) {
          if (cue.value.kind === 'attendance') {
            attendance.add(index.sentenceAt(cue.start, doc.text.length).start);
            continue;
          }
          const noun = { start: cue.start, end: cue.end, value: cue.value.noun };
          // A noun inside an organisation's or an initiative's name is no event (亚信会议 is CICA).
          const named = index.lastMentionBefore(noun.end, noun.start - 80, (m) => m.start <= noun.start && m.end >= noun.end
            && NAME_TYPES.has(index.typeOf(m.entity) ?? ''));
          if (!named) occurrences.push(occurrenceOf(doc.text, noun, pack, index));
        }
      }
      const timesBySentence = datesBySentence(doc.getOrEmpty('times'), index, doc.text.length);
      doc.set('events', assembleEvents(occurrences, { doc, index, timesBySentence, attendance }));
    };
  },
};
