/**
 * Statement clusters: the same statement as each outlet reported it, in every language. Each
 * cluster shows its canonical wording, speaker and date, the kinds of evidence that joined it, and
 * every report with its language, source and exact span, linked to the article at that span.
 * Report text stays text nodes: it is the evidence, and it comes from outside.
 */
import type { StatementCluster, StatementMember, StatementsResult } from '../../../src/api/corpus-reader.js';
import { api } from '../api-client.js';
import { EntityLink, LangTag } from '../components/entity-link.js';
import { Status } from '../components/status.js';
import { useLabels } from '../i18n/use-labels.js';
import { hrefs } from '../router.js';
import { useAsync } from '../use-async.js';

const LIMIT = 50;
const FILTERS = ['contains', 'speaker', 'entity', 'kind', 'minSize', 'from', 'to'] as const;
/** Clusters of one report are the long tail; the page opens on what was reported more than once. */
const DEFAULT_MIN_SIZE = '2';

function source(m: StatementMember): string {
  const url = m.urls[0] ?? m.article.url;
  if (url) {
    try {
      return new URL(url).hostname;
    } catch {
      // Not a url worth parsing: the title names the source then.
    }
  }
  const name = m.article.title ?? m.article.lead ?? m.article.id;
  return name.length > 48 ? `${name.slice(0, 48)}…` : name;
}

function Member({ m, canonical }: { readonly m: StatementMember; readonly canonical: boolean }) {
  const { t } = useLabels();
  return (
    <li class={`statement-member${canonical ? ' is-canonical' : ''}`} data-lang={m.article.lang}>
      <LangTag lang={m.article.lang} />{' '}
      <span class="muted small" title={m.urls.join('\n')}>{source(m)}</span>{' '}
      <span class="muted small">{m.article.date ?? t.undated}</span>
      {m.urls.length > 1 ? <span class="count" title={m.urls.join('\n')}>{m.urls.length}</span> : null}
      <div><a class="member-span" href={hrefs.article(m.article.id, [m.start, m.end])} lang={m.article.lang}>{m.text}</a></div>
    </li>
  );
}

function Cluster({ c, entities }: { readonly c: StatementCluster; readonly entities: StatementsResult['entities'] }) {
  const { t } = useLabels();
  const dates = c.dateFrom && c.dateTo && c.dateFrom !== c.dateTo ? `${c.dateFrom} – ${c.dateTo}` : (c.dateFrom ?? c.dateTo ?? t.undated);
  return (
    <article class="statement-cluster" data-cluster={c.id} data-langs={[...c.langs].sort().join(' ')}>
      <header>
        <EntityLink id={c.speaker} entities={entities} />{' '}
        <span class="muted">{dates}</span>{' '}
        <span class={`badge type-${c.kind}`}>{t.type[c.kind] ?? c.kind}</span>{' '}
        <span class="count">{t.reports(c.size)}</span>{' '}
        {c.langs.map((l) => <LangTag key={l} lang={l} />)}
      </header>
      <blockquote class="canonical" lang={c.canonical.article.lang} title={t.canonical}>{c.canonical.text}</blockquote>
      <div class="evidence-tags" aria-label={t.evidence}>
        {c.evidenceKinds.map((k) => <span key={k} class={`evidence-tag evidence-${k}`}>{t.evidenceKind[k] ?? k}</span>)}
      </div>
      <ul class="statement-members">
        {c.members.map((m) => <Member key={m.key} m={m} canonical={m.key === c.canonical.key} />)}
      </ul>
    </article>
  );
}

export function StatementsPage({ query }: { readonly query: URLSearchParams }) {
  const { t } = useLabels();
  const params = new URLSearchParams();
  for (const key of FILTERS) { const v = query.get(key); if (v) params.set(key, v); }
  if (!query.has('minSize')) params.set('minSize', DEFAULT_MIN_SIZE);
  params.set('limit', String(LIMIT));
  const state = useAsync<StatementsResult>(() => api.statements(params), params.toString());

  const onSubmit = (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const next = new URLSearchParams();
    for (const key of ['contains', 'speaker', 'kind', 'minSize']) { const v = String(form.get(key) ?? '').trim(); if (v) next.set(key, v); }
    location.hash = hrefs.statements(next);
  };

  return (
    <div class="statements-page">
      <header class="page-head">
        <h1>{t.statementsTitle}</h1>
        <p class="muted">{t.statementsIntro}</p>
      </header>
      <form class="filter-bar" onSubmit={onSubmit} aria-label={t.filterStatements}>
        <input type="search" name="contains" value={query.get('contains') ?? ''} placeholder={t.filterStatements} />
        <input type="text" name="speaker" value={query.get('speaker') ?? ''} placeholder={t.speakerFilter} />
        <select name="kind" value={query.get('kind') ?? ''}>
          <option value="">{t.anyKind}</option>
          {['quote', 'stance'].map((k) => <option key={k} value={k}>{t.kindName[k]}</option>)}
        </select>
        <label class="muted small">{t.minSizeLabel}{' '}
          <select name="minSize" value={query.get('minSize') ?? DEFAULT_MIN_SIZE}>
            {['1', '2', '3', '4'].map((n) => <option key={n} value={n}>{n}</option>)}
          </select>
        </label>
        <button type="submit">{t.apply}</button>
      </form>
      {state.status !== 'done' ? <Status state={state} /> : <>
        <p class="result-count">{t.results(state.data.clusters.length, state.data.clusters.length >= LIMIT)}</p>
        {state.data.clusters.length === 0 ? <p class="empty">{t.noStatements}</p>
          : state.data.clusters.map((c) => <Cluster key={c.id} c={c} entities={state.data.entities} />)}
      </>}
    </div>
  );
}
