/**
 * Russian stance cues. Format: src/extract/stances/stances-pack.ts; `stem{class}` takes the
 * endings of that class from src/lang/shared/inflection.ts (`поддержива{verbFormsE}` →
 * поддерживает, поддерживаем, поддерживают, поддерживал…). Examples: `Казахстан поддерживает
 * инициативу о создании четырех центров безопасности` (support), `Я призываю государства-члены…`
 * (call, holder the speaker), `инициатива «Один пояс – один путь», которую поддерживают более 150
 * стран` (no stance: relative clause), `не поддерживает` (oppose).
 */
import type { StanceCue, StancesPack } from '../../extract/stances/stances-pack.js';

const cues = (type: StanceCue['type'], list: readonly string[]): StanceCue[] => list.map((cue) => ({ type, cue }));

export default {
  segmentation: 'words',
  order: 'cue-target',
  cues: [
    ...cues('support', ['поддержива{verbFormsE}', 'поддержа{verbFormsE}', 'поддерж{verbFormsI}', 'выступа{verbFormsE} за',
      'выступ{verbFormsI} за', 'одобря{verbFormsE}', 'одобр{verbFormsI}']),
    ...cues('propose', ['предлага{verbFormsE}', 'предлож{verbFormsI}', 'выдвину{verbFormsE}…инициатив{noun}',
      'выступ{verbFormsI} с инициатив{noun}', 'выступа{verbFormsE} с инициатив{noun}']),
    ...cues('call', ['призыва{verbFormsE}', 'призва{verbFormsE}']),
    ...cues('praise', ['высоко оценива{verbFormsE}', 'высоко оцени{verbFormsE}', 'да{verbFormsE} высокую оценку',
      'похвали{verbFormsE}', 'высоко отозва{verbFormsE} о', 'высоко отзыва{verbFormsE} о']),
    ...cues('welcome', ['приветству{verbFormsE}', 'приветствова{verbFormsE}']),
    ...cues('oppose', ['выступа{verbFormsE} против', 'выступ{verbFormsI} против', 'осужда{verbFormsE}', 'осуд{verbFormsI}',
      'отверга{verbFormsE}', 'отверг{verbFormsE}', 'возража{verbFormsE} против']),
    // Spelled out: the stem благодар- with a gerund ending is the preposition благодаря (thanks to).
    ...cues('thank', ['благодарю', 'благодарит', 'благодарим', 'благодарят', 'благодарил', 'благодарила', 'благодарили',
      'поблагодар{verbFormsI}', 'выраз{verbFormsI} благодарность', 'выража{verbFormsE} благодарность',
      'выраз{verbFormsI} признательность', 'выража{verbFormsE} признательность']),
    ...cues('congratulate', ['поздравля{verbFormsE}', 'поздрав{verbFormsI}']),
  ],
  firstPersonPlural: ['мы', 'наша страна', 'наше государство'],
  firstPersonSingular: ['я'],
  personEndings: { plural: ['ем', 'им', 'ём'], singular: ['ю', 'у'] },
  skippable: ['также', 'тоже', 'полностью', 'всецело', 'вновь', 'еще раз', 'ещё раз', 'неизменно', 'решительно',
    'горячо', 'активно', 'всегда', 'последовательно', 'твердо', 'твёрдо', 'безусловно', 'искренне', 'сердечно',
    'поэтому', 'будем', 'будет', 'готовы', 'готов'],
  negators: ['не', 'никогда не'],
  // After a relative pronoun the subject follows the verb (которую поддерживают более 150 стран).
  notBefore: ['которую', 'который', 'которые', 'которого', 'которым', 'которой', 'которых', 'которое'],
  notAfter: [],
  targetStops: [',', '.', ';', ':', '!', '?', ' — ', ' – ', '(', ' и готов', ' и намерен', ' и будет', ' и призвал',
    ' и подчеркнул', ' и отметил'],
  listContinuers: { words: [], capitalized: true },
  targetTrimStart: ['что', 'чтобы'],
  initiativePatterns: [
    { name: 'initiative-to-establish', pattern: '[Ии]нициатив{noun}(?: [^\\s,]+)? (?:о|об|по) (?:создани{noun}|учреждени{noun}|формировани{noun}|открыти{noun}) (?<thing>.+)$', create: true, requires: 'нициатив' },
    { name: 'named-initiative', pattern: '(?<![\\p{L}])(?<thing>(?:[А-ЯЁ][а-яё]* )?[Ии]нициатив{noun}(?: [а-яё]+){1,3})', requires: 'нициатив' },
  ],
  proposerMarkers: [
    { marker: 'выдвинут{adjective}', side: 'after', maxGap: 16 },
    { marker: 'предложенн{adjective}', side: 'after', maxGap: 16 },
    { marker: 'инициатив{noun}', side: 'after', maxGap: 1, gaps: [' '] },
  ],
} satisfies StancesPack;
