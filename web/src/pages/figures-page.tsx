/**
 * The ledger of claimed figures. First, from the link tables, claims grouped by what they measure
 * with disagreements flagged (ledger-section.tsx); then every figure, grouped by the subject the
 * text gives (else the kind of figure), each with who claimed it, when, the value and how
 * approximate it was: one table with a header row per group, so values line up down the list.
 */
import type { FigureItem, FiguresResult } from '../../../src/api/corpus-reader.js';
import { api } from '../api-client.js';
import { EntityLink, LangTag } from '../components/entity-link.js';
import { LedgerSection } from '../components/ledger-section.js';
import { Status } from '../components/status.js';
import { formatFigure } from '../format-figure.js';
import { useLabels } from '../i18n/use-labels.js';
import { hrefs } from '../router.js';
import { useAsync } from '../use-async.js';

const PAGE = 100;
/** The "only disagreements" switch lives in the URL, so a view of the disagreements can be shared. */
const ONLY_FLAGGED = 'disagreements';
const UNITS = ['USD', 'CNY', 'RUB', 'KZT', 'EUR', 'percent', 'count', 'year', 'years', 'anniversary', 'ordinal'];

function groups(figures: readonly FigureItem[], other: string): Array<[string, FigureItem[]]> {
  const out = new Map<string, FigureItem[]>();
  for (const f of figures) {
    const key = f.subject?.text.trim() || (f.kind ? (f.kind === f.unit ? f.kind : `${f.kind} · ${f.unit}`) : other);
    out.set(key, [...(out.get(key) ?? []), f]);
  }
  return [...out].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
}

export function FiguresPage({ query }: { readonly query: URLSearchParams }) {
  const { t, lang } = useLabels();
  const params = new URLSearchParams();
  for (const key of ['q', 'unit', 'speaker', 'lang', 'since', 'until', 'offset']) { const v = query.get(key); if (v) params.set(key, v); }
  params.set('limit', String(PAGE));
  const state = useAsync<FiguresResult>(() => api.figures(params), params.toString());
  const offset = Number(query.get('offset') ?? 0) || 0;

  const onSubmit = (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const next = new URLSearchParams();
    for (const key of ['q', 'unit']) { const v = String(form.get(key) ?? '').trim(); if (v) next.set(key, v); }
    if (query.has(ONLY_FLAGGED)) next.set(ONLY_FLAGGED, '1');
    location.hash = hrefs.figures(next);
  };
  const setOnlyFlagged = (only: boolean) => {
    const next = new URLSearchParams(query);
    if (only) next.set(ONLY_FLAGGED, '1');
    else next.delete(ONLY_FLAGGED);
    location.hash = hrefs.figures(next);
  };
  const page = (delta: number) => { const next = new URLSearchParams(query); next.set('offset', String(Math.max(0, offset + delta))); return hrefs.figures(next); };

  return (
    <div class="figures-page">
      <header class="page-head">
        <h1>{t.figuresTitle}</h1>
        <p class="muted">{t.figuresIntro}</p>
      </header>
      <form class="filter-bar" onSubmit={onSubmit} aria-label={t.filterFigures}>
        <input type="search" name="q" value={query.get('q') ?? ''} placeholder={t.filterFigures} />
        <select name="unit" value={query.get('unit') ?? ''}>
          <option value="">{t.anyUnit}</option>
          {UNITS.map((u) => <option key={u} value={u}>{u}</option>)}
        </select>
        <button type="submit">{t.apply}</button>
      </form>
      {state.status !== 'done' ? <Status state={state} /> : <>
        <LedgerSection ledger={state.data.ledger} entities={state.data.entities} onlyFlagged={query.has(ONLY_FLAGGED)} setOnlyFlagged={setOnlyFlagged} />
        <h2>{t.allFigures}</h2>
        <p class="result-count">{t.results(state.data.total, false)}</p>
        {state.data.figures.length === 0 ? <p class="empty">{t.nothingYet}</p> : (
          <table class="ledger">
            <thead><tr><th>{t.date}</th><th>{t.speaker}</th><th class="num">{t.value}</th><th>{t.approximation}</th><th>{t.span}</th></tr></thead>
            {groups(state.data.figures, t.other).map(([key, list]) => (
              <tbody key={key} class="figure-group">
                <tr class="group-row"><th colSpan={5}><span lang={list[0]!.article.lang}>{key}</span> <span class="count">{list.length}</span></th></tr>
                {list.map((f) => (
                  <tr key={`${f.article.id}:${f.start}`}>
                    <td class="date">{f.article.date ?? t.undated}</td>
                    <td><EntityLink id={f.speaker} entities={state.data.entities} /></td>
                    <td class="num"><strong>{formatFigure(f.value, f.unit, lang, f.max)}</strong>{f.time ? <span class="muted small"> ({f.time})</span> : null}</td>
                    <td><span class={`approx approx-${f.approx}`}>{t.approx[f.approx] ?? f.approx}</span></td>
                    <td class="span-cell"><LangTag lang={f.article.lang} /> <a href={hrefs.article(f.article.id, [f.start, f.end])} lang={f.article.lang}>{f.text}</a></td>
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        )}
        <nav class="pager">
          {offset > 0 ? <a href={page(-PAGE)}>{t.previous}</a> : <span />}
          {offset + PAGE < state.data.total ? <a href={page(PAGE)}>{t.next}</a> : <span />}
        </nav>
      </>}
    </div>
  );
}
