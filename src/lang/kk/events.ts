/**
 * Kazakh event words. Format: src/extract/events/events-pack.ts; `stem{class}` takes endings from
 * src/lang/shared/inflection.ts (`форум{possessive}{case}` → форумы, форумында, форумын).
 * Modifiers stand before the noun, so the name phrase runs back to a word in a case that cannot
 * modify it (locative, dative, accusative) or a participle (`Ақтауда өтетін | ШЫҰ порттары мен
 * логистикалық орталықтары басшыларының алғашқы форумында`). Examples: `Бұл саммит` (the reported
 * occasion), `нәтижелі форум ретінде` (no event: predicative).
 */
import type { EventsPack } from '../../extract/events/events-pack.js';

export default {
  segmentation: 'words',
  nouns: [
    { noun: 'саммит{possessive}{case}', type: 'summit' },
    { noun: 'отырыс{possessive}{case}', type: 'meeting' },
    { noun: 'кездесу{possessive}{case}', type: 'meeting' },
    { noun: 'келіссөз{plural}{possessive}{case}', type: 'talks' },
    { noun: 'форум{possessive}{case}', type: 'forum' },
    { noun: 'конференция{possessive}{case}', type: 'conference' },
    { noun: 'рәсім{possessive}{case}', type: 'ceremony' },
  ],
  deictics: ['бұл', 'бүгінгі', 'осы', 'биылғы'],
  ordinals: ['алғашқы', 'бірінші'],
  predicative: [],
  predicativeAfter: ['ретінде'],
  participation: ['қатыс{verbFinite}', 'қатысып', 'қатысқан'],
  phrase: {
    stops: ['аясында', 'кезінде', 'және', 'ретінде', 'бойынша', 'туралы', 'үшін', 'жөнінде'],
    maxBack: 8,
    // Accusative -ды/-ты is left out: it ends modifiers too (тұрақты, жасанды).
    breakEndings: ['ған', 'ген', 'қан', 'кен', 'атын', 'етін', 'йтын', 'йтін', 'тын', 'тін',
      'да', 'де', 'та', 'те', 'ға', 'ге', 'қа', 'ке', 'дан', 'ден', 'тан', 'тен', 'нан', 'нен'],
  },
} satisfies EventsPack;
