/**
 * Response schemas, as OpenAPI components. They document the responses; the API tests validate
 * real responses against them, which keeps them true. (They are not handed to Fastify's
 * serializer: it would silently drop any field a schema forgot.)
 */
import { FACETS, HIT_TYPES } from '../corpus-reader.js';
import { arrayOf, nullable, object, ref, type JsonSchema } from './json-schema.js';

const int: JsonSchema = { type: 'integer', minimum: 0 };
const str: JsonSchema = { type: 'string' };
const entityMap: JsonSchema = { type: 'object', additionalProperties: ref('EntitySummary'), description: 'Labels for every entity id the response names.' };
const span = { start: int, end: int, text: str };
const stanceType: JsonSchema = { type: 'string', enum: ['support', 'propose', 'call', 'praise', 'welcome', 'oppose', 'thank', 'congratulate'] };

export const RESPONSE_COMPONENTS: Record<string, JsonSchema> = {
  Error: object({
    error: { type: 'string', description: 'Machine-readable: bad_request, unauthorized, forbidden, not_found, payload_too_large, unsupported_media_type, too_many_requests, internal.' },
    message: { type: 'string', description: 'What went wrong, for people.' },
  }, ['error', 'message']),
  ArticleRef: object({
    id: str, title: nullable(str), date: nullable(str), lang: str, url: nullable(str),
    lead: { type: 'string', description: 'The opening words, when the article has no title.' },
  }, ['id', 'title', 'date', 'lang', 'url']),
  EntitySummary: object({ id: str, type: str, names: { type: 'object', additionalProperties: str } }, ['id', 'type', 'names']),
  Highlight: object({ start: int, end: int }, ['start', 'end']),
  Snippet: object({
    text: str,
    start: { ...int, description: 'Offset of the snippet in the article text.' },
    highlights: arrayOf(ref('Highlight')),
    cutBefore: { type: 'boolean', description: 'The snippet starts inside the matched text (show an ellipsis).' },
    cutAfter: { type: 'boolean', description: 'The snippet ends inside the matched text.' },
  }, ['text', 'start', 'highlights', 'cutBefore', 'cutAfter']),
  SearchHit: object({
    type: { type: 'string', enum: [...HIT_TYPES] },
    article: ref('ArticleRef'),
    start: int,
    end: int,
    snippet: ref('Snippet'),
    speaker: nullable(str),
    stance: stanceType,
    initiative: str,
    figure: object({ value: { type: 'number' }, unit: str, approx: str }, ['value', 'unit', 'approx']),
  }, ['type', 'article', 'start', 'end', 'snippet', 'speaker']),
  FacetCount: object({ value: str, count: int }, ['value', 'count']),
  SearchResult: object({
    total: int,
    totalIsLowerBound: { type: 'boolean', description: 'Present and true when only the best hits were counted.' },
    hits: arrayOf(ref('SearchHit')),
    facets: object(Object.fromEntries(FACETS.map((f) => [f, arrayOf(ref('FacetCount'))])), [...FACETS]),
    entities: entityMap,
  }, ['total', 'hits', 'facets', 'entities']),
  QuoteItem: object({
    ...span, article: ref('ArticleRef'), kind: { type: 'string', enum: ['direct', 'reported'] },
    speaker: nullable(str), cue: ref('RecordSpanText'), confidence: { type: 'number' },
  }, ['start', 'end', 'text', 'article', 'kind', 'speaker', 'confidence']),
  StanceItem: object({
    ...span, article: ref('ArticleRef'), type: stanceType, holder: nullable(str), speaker: str, target: ref('RecordStanceTarget'),
  }, ['start', 'end', 'text', 'article', 'type', 'holder', 'target']),
  EntityView: object({
    entity: ref('RecordEntity'),
    articles: arrayOf(ref('ArticleRef')),
    quotes: arrayOf(ref('QuoteItem')),
    stances: arrayOf(ref('StanceItem')),
    entities: entityMap,
  }, ['entity', 'articles', 'quotes', 'stances', 'entities']),
  InitiativeView: object({
    entity: ref('RecordEntity'),
    proposer: nullable(str),
    stances: { ...arrayOf(ref('StanceItem')), description: 'Oldest first.' },
    sources: arrayOf(ref('ArticleRef')),
    entities: entityMap,
  }, ['entity', 'proposer', 'stances', 'sources', 'entities']),
  FigureItem: object({
    ...span, article: ref('ArticleRef'), value: { type: 'number' }, max: { type: 'number' }, unit: str, kind: str,
    approx: { type: 'string', enum: ['exact', 'about', 'more_than', 'less_than', 'up_to', 'at_least'] },
    subject: ref('RecordSpanText'), time: str, speaker: nullable(str),
  }, ['start', 'end', 'text', 'article', 'value', 'unit', 'kind', 'approx', 'speaker']),
  FiguresResult: object({ total: int, figures: arrayOf(ref('FigureItem')), entities: entityMap }, ['total', 'figures', 'entities']),
  IngestResult: object({
    id: str,
    created: { type: 'boolean', description: 'False when the article was already stored.' },
    record: ref('ArticleRecord'),
  }, ['id', 'created', 'record']),
};
