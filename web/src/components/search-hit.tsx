/** One search hit: what it is, when, who, the matched text with the query marked, and where from. */
import type { EntitySummary, SearchHit } from '../../../src/api/corpus-reader.js';
import { useLabels } from '../i18n/use-labels.js';
import { formatFigure } from '../format-figure.js';
import { hrefs } from '../router.js';
import { EntityLink, LangTag } from './entity-link.js';
import { HighlightedText } from './highlighted-text.js';

interface Props {
  readonly hit: SearchHit;
  readonly entities: Readonly<Record<string, EntitySummary>>;
}

export function SearchHitView({ hit, entities }: Props) {
  const { t, lang } = useLabels();
  const { snippet, article } = hit;
  const focus = hit.type === 'figure' ? { start: hit.start - snippet.start, end: hit.end - snippet.start } : null;
  const { cutBefore, cutAfter } = snippet;
  const span: readonly [number, number] | undefined = hit.type === 'article' ? undefined : [hit.start, hit.end];
  return (
    <article class={`hit hit-${hit.type}`}>
      <div class="hit-head">
        <span class={`badge type-${hit.type}`}>{t.type[hit.type] ?? hit.type}</span>
        <span class="date">{article.date ?? t.undated}</span>
        <LangTag lang={article.lang} />
        {hit.type !== 'article' ? <EntityLink id={hit.speaker} entities={entities} /> : null}
        {hit.stance ? <span class={`badge stance-${hit.stance}`}>{t.stance[hit.stance] ?? hit.stance}</span> : null}
        {hit.initiative ? <EntityLink id={hit.initiative} entities={entities} /> : null}
        {hit.figure ? <strong class="figure-value">{t.approx[hit.figure.approx] && hit.figure.approx !== 'exact' ? `${t.approx[hit.figure.approx]} ` : ''}{formatFigure(hit.figure.value, hit.figure.unit, lang)}</strong> : null}
      </div>
      <p class="snippet" lang={article.lang}>
        {cutBefore ? '… ' : ''}<HighlightedText text={snippet.text} highlights={snippet.highlights} focus={focus} />{cutAfter ? ' …' : ''}
      </p>
      <div class="hit-foot">
        <a href={hrefs.article(article.id, span)}><span lang={article.lang}>{article.title ?? article.lead ?? t.openArticle}</span></a>
        <span class="muted"> · <code>{article.id}</code>{span ? <> · <code>{span[0]}–{span[1]}</code></> : null}</span>
      </div>
    </article>
  );
}
