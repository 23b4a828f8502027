/**
 * Search with facets: the query box, facets (type, speaker, country, initiative, language, date
 * range) that add filters, and hits with the query marked. All state lives in the URL.
 */
import type { SearchResult } from '../../../src/api/corpus-reader.js';
import { api } from '../api-client.js';
import { entityLabeller, FacetGroup } from '../components/facet-group.js';
import { SearchHitView } from '../components/search-hit.js';
import { Status } from '../components/status.js';
import { useLabels } from '../i18n/use-labels.js';
import { hrefs } from '../router.js';
import { useAsync } from '../use-async.js';

const PAGE = 20;
const FILTERS = ['q', 'type', 'speaker', 'country', 'initiative', 'lang', 'since', 'until'] as const;

function navigate(params: URLSearchParams) {
  location.hash = hrefs.search(params);
}

export function SearchPage({ query }: { readonly query: URLSearchParams }) {
  const { t, lang } = useLabels();
  const params = new URLSearchParams();
  for (const key of FILTERS) for (const v of query.getAll(key)) if (v !== '') params.append(key, v);
  const offset = Math.max(0, Number(query.get('offset') ?? 0) || 0);
  params.set('limit', String(PAGE));
  if (offset > 0) params.set('offset', String(offset));
  const state = useAsync<SearchResult>(() => api.search(params), params.toString());

  const onSubmit = (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const next = new URLSearchParams(query);
    next.delete('offset');
    for (const key of ['q', 'since', 'until'] as const) {
      const value = String(form.get(key) ?? '').trim();
      if (form.has(key)) { if (value) next.set(key, value); else next.delete(key); }
    }
    navigate(next);
  };
  const page = (delta: number) => {
    const next = new URLSearchParams(query);
    next.set('offset', String(Math.max(0, offset + delta)));
    return hrefs.search(next);
  };
  const anyFilter = FILTERS.some((k) => k !== 'q' && query.has(k));

  return (
    <div class="search-page">
      <form class="search-bar" role="search" onSubmit={onSubmit}>
        <input type="search" name="q" aria-label={t.searchButton} placeholder={t.searchPlaceholder} value={query.get('q') ?? ''} />
        <button type="submit">{t.searchButton}</button>
      </form>
      <div class="search-body">
        <aside class="facets">
          {state.status === 'done' ? <>
            <FacetGroup name="type" multi title={t.facetType} values={state.data.facets.type} query={query} label={(v) => t.type[v] ?? v} />
            <FacetGroup name="speaker" title={t.facetSpeaker} values={state.data.facets.speaker} query={query} label={entityLabeller(state.data.entities, lang)} />
            <FacetGroup name="country" title={t.facetCountry} values={state.data.facets.country} query={query} label={entityLabeller(state.data.entities, lang)} />
            <FacetGroup name="initiative" title={t.facetInitiative} values={state.data.facets.initiative} query={query} label={entityLabeller(state.data.entities, lang)} />
            <FacetGroup name="lang" title={t.facetLang} values={state.data.facets.lang} query={query} label={(v) => t.lang[v] ?? v} />
          </> : null}
          <form class="facet dates" onSubmit={onSubmit}>
            <h4>{t.facetDates}</h4>
            <label>{t.since} <input type="date" name="since" value={query.get('since') ?? ''} /></label>
            <label>{t.until} <input type="date" name="until" value={query.get('until') ?? ''} /></label>
            <button type="submit" class="small">{t.apply}</button>
          </form>
          {anyFilter ? <a class="clear" href={hrefs.search(query.get('q') ? new URLSearchParams({ q: query.get('q')! }) : undefined)}>{t.clearFilters}</a> : null}
        </aside>
        <main class="results">
          {state.status !== 'done' ? <Status state={state} /> : <>
            <p class="result-count">{t.results(state.data.total, !!state.data.totalIsLowerBound)}</p>
            {state.data.hits.length === 0 ? <p class="empty">{t.noResults}</p> : null}
            {state.data.hits.map((hit) => <SearchHitView key={`${hit.article.id}:${hit.type}:${hit.start}:${hit.end}`} hit={hit} entities={state.data.entities} />)}
            <nav class="pager">
              {offset > 0 ? <a href={page(-PAGE)}>{t.previous}</a> : <span />}
              {offset + PAGE < state.data.total ? <a href={page(PAGE)}>{t.next}</a> : <span />}
            </nav>
          </>}
        </main>
      </div>
    </div>
  );
}
