/**
 * Article in, `rostrum.article/1` record out: normalize the body, run the configured stages over
 * one `Doc` (the paragraphs stage identifies the language), and freeze the layers into a record.
 */
import type { Article } from '../ingest/article.js';
import { loadPacks } from '../lang/load-packs.js';
import type { PackSet } from '../lang/pack-set.js';
import { articleId } from '../record/article-id.js';
import { ARTICLE_SCHEMA, type ArticleRecord } from '../record/article-record.js';
import { createLanguageIdentifier, type LanguageIdentifier } from '../text/identify-language.js';
import { normalizeText } from '../text/normalize-text.js';
import { Doc } from './doc.js';
import type { StageDefinition } from './stage.js';
import { STAGES } from './stages.js';

export interface ExtractOptions {
  /** Overrides the detected date; relative times resolve against it. */
  readonly date?: string | null;
  /** Overrides the detected document language. */
  readonly lang?: string;
  /** When given, milliseconds spent per stage are added to it (the benchmark reads this). */
  readonly profile?: Map<string, number>;
}

export class Extractor {
  private readonly runs: ReadonlyArray<readonly [string, (doc: Doc) => void]>;
  private identifier: LanguageIdentifier | undefined;

  constructor(readonly packs: PackSet, stages: readonly StageDefinition[] = STAGES) {
    this.runs = stages.map((stage) => [stage.name, stage.create(packs)] as const);
  }

  extract(article: Article, options: ExtractOptions = {}): ArticleRecord {
    const { profile } = options;
    let t0 = profile ? performance.now() : 0;
    const text = normalizeText(article.body);
    const declaredLang = article.lang ?? undefined;
    const date = options.date !== undefined ? options.date : article.date;
    const doc = new Doc({ text, lang: options.lang, declaredLang, date, source: article.source });
    if (profile) t0 = addTime(profile, 'normalize', t0);
    for (const [name, run] of this.runs) {
      run(doc);
      if (profile) t0 = addTime(profile, name, t0);
    }
    // The paragraphs stage settles the language; a pipeline without one reads the whole text for it.
    const lang = doc.hasLang() ? doc.lang : (this.identifier ??= createLanguageIdentifier(this.packs)).identify(text, declaredLang);
    return {
      schema: ARTICLE_SCHEMA,
      id: articleId(text, article.url),
      url: article.url,
      title: article.title,
      date,
      lang,
      text,
      credits: article.credits.map(({ role, name, raw }) => ({ role, name, raw })),
      paragraphs: doc.getOrEmpty('paragraphs'),
      sentences: doc.getOrEmpty('sentences'),
      entities: doc.getOrEmpty('entities'),
      mentions: doc.getOrEmpty('mentions'),
      quotes: doc.getOrEmpty('quotes'),
      figures: doc.getOrEmpty('figures'),
      times: doc.getOrEmpty('times'),
      stances: doc.getOrEmpty('stances'),
      events: doc.getOrEmpty('events'),
    };
  }
}

function addTime(profile: Map<string, number>, name: string, since: number): number {
  const now = performance.now();
  profile.set(name, (profile.get(name) ?? 0) + now - since);
  return now;
}

export async function createExtractor(stages?: readonly StageDefinition[]): Promise<Extractor> {
  return new Extractor(await loadPacks(), stages);
}
