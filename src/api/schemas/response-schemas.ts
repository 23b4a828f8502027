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
    timeline: { ...ref('LinkTimeline'), description: 'Present when the corpus has link tables.' },
  }, ['entity', 'proposer', 'stances', 'sources', 'entities']),
  FigureItem: object({
    ...span, article: ref('ArticleRef'), value: { type: 'number' }, max: { type: 'number' }, unit: str, kind: str,
    approx: { type: 'string', enum: ['exact', 'about', 'more_than', 'less_than', 'up_to', 'at_least'] },
    subject: ref('RecordSpanText'), time: str, speaker: nullable(str),
  }, ['start', 'end', 'text', 'article', 'value', 'unit', 'kind', 'approx', 'speaker']),
  FiguresResult: object({
    total: int, figures: arrayOf(ref('FigureItem')), entities: entityMap,
    ledger: { ...arrayOf(ref('LedgerGroup')), description: 'Present when the corpus has link tables: claims grouped by measure.' },
  }, ['total', 'figures', 'entities']),
  LinkEvidence: object({ kind: str, detail: str, weight: { type: 'number' } }, ['kind', 'detail', 'weight']),
  StatementMember: object({
    key: str, article: ref('ArticleRef'), urls: arrayOf(str), ...span, speaker: nullable(str), holder: nullable(str),
    label: { type: 'string', description: '`direct`/`reported`, or the stance type.' }, score: { type: 'number' },
    evidence: { ...arrayOf(ref('LinkEvidence')), description: 'Why this report joined the cluster.' },
  }, ['key', 'article', 'urls', 'start', 'end', 'text', 'speaker', 'holder', 'label', 'score', 'evidence']),
  StatementCluster: object({
    id: str, kind: { type: 'string', enum: ['quote', 'stance'] }, size: int, speaker: nullable(str),
    dateFrom: nullable(str), dateTo: nullable(str), langs: arrayOf(str), evidenceKinds: arrayOf(str),
    canonical: ref('StatementMember'), members: arrayOf(ref('StatementMember')),
  }, ['id', 'kind', 'size', 'speaker', 'dateFrom', 'dateTo', 'langs', 'evidenceKinds', 'canonical', 'members']),
  StatementsResult: object({ clusters: arrayOf(ref('StatementCluster')), entities: entityMap }, ['clusters', 'entities']),
  LinkSourceRef: object({
    articleId: str, urls: arrayOf(str), lang: str, date: nullable(str), ...span,
  }, ['articleId', 'urls', 'lang', 'date', 'start', 'end', 'text']),
  LinkTimeline: object({
    proposers: arrayOf(str),
    events: {
      ...arrayOf(object({
        date: nullable(str), type: stanceType, holder: nullable(str), speaker: nullable(str),
        role: { type: 'string', enum: ['target', 'context'] }, clusterId: str, sources: arrayOf(ref('LinkSourceRef')),
      }, ['date', 'type', 'holder', 'speaker', 'role', 'clusterId', 'sources'])),
      description: 'Oldest first; each stance once, with every report of it.',
    },
    mentions: object({ articles: int, byMonth: arrayOf(object({ month: str, articles: int }, ['month', 'articles'])) }, ['articles', 'byMonth']),
  }, ['proposers', 'events', 'mentions']),
  LedgerGroup: object({
    key: str, measure: str, qualifiers: arrayOf(str), scope: arrayOf(str), unit: str, year: nullable(str),
    claims: arrayOf(object({
      claimant: nullable(str), value: { type: 'number' }, max: nullable({ type: 'number' }), unit: str, approx: arrayOf(str),
      sources: arrayOf(object({
        articleId: str, urls: arrayOf(str), lang: str, date: nullable(str), ...span, context: str, approx: str,
      }, ['articleId', 'urls', 'lang', 'date', 'start', 'end', 'text', 'context', 'approx'])),
    }, ['claimant', 'value', 'max', 'unit', 'approx', 'sources'])),
    flagged: { type: 'boolean', description: 'Claims disagree beyond what their approximations allow.' },
    conflicts: arrayOf(object({ a: int, b: int, detail: str }, ['a', 'b', 'detail'])),
  }, ['key', 'measure', 'qualifiers', 'scope', 'unit', 'year', 'claims', 'flagged', 'conflicts']),
  IngestResult: object({
    id: str,
    created: { type: 'boolean', description: 'False when the article was already stored.' },
    copyOf: { ...str, description: 'The stored article this text copies (a syndicated copy): its url was added to that article.' },
    record: ref('ArticleRecord'),
  }, ['id', 'created', 'record']),
};
