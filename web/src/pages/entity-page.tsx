/**
 * A person (or country, organization): names in every script the corpus has, roles, quotes over
 * time in every language, and stances grouped by what they were about.
 */
import { useState } from 'preact/hooks';
import type { EntityView, QuoteItem, StanceItem } from '../../../src/api/corpus-reader.js';
import { api } from '../api-client.js';
import { EntityLink, LangTag } from '../components/entity-link.js';
import { Status } from '../components/status.js';
import { entityName } from '../entity-label.js';
import { useLabels } from '../i18n/use-labels.js';
import { hrefs } from '../router.js';
import { useAsync } from '../use-async.js';

const NAME_ORDER = ['en', 'zh', 'zh-Hant', 'ru', 'kk'];

export function NamesTable({ names }: { readonly names: Readonly<Record<string, string>> }) {
  const { t } = useLabels();
  const tags = [...NAME_ORDER.filter((l) => names[l]), ...Object.keys(names).filter((l) => !NAME_ORDER.includes(l)).sort()];
  return (
    <table class="names">
      <tbody>{tags.map((tag) => <tr key={tag}><th>{t.lang[tag] ?? tag}</th><td lang={tag}>{names[tag]}</td></tr>)}</tbody>
    </table>
  );
}

function byTarget(stances: readonly StanceItem[]): Array<[string, StanceItem[]]> {
  const groups = new Map<string, StanceItem[]>();
  for (const s of stances) {
    const key = s.target.initiative ?? s.target.text;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  return [...groups].sort((a, b) => b[1].length - a[1].length);
}

/** Quotes in one language or all, each clamped to a few lines: the span link opens the full text. */
function QuoteList({ quotes }: { readonly quotes: readonly QuoteItem[] }) {
  const { t } = useLabels();
  const [only, setOnly] = useState<string | null>(null);
  const counts = new Map<string, number>();
  for (const q of quotes) counts.set(q.article.lang, (counts.get(q.article.lang) ?? 0) + 1);
  const shown = only ? quotes.filter((q) => q.article.lang === only) : quotes;
  return (
    <>
      <div class="chips" role="group" aria-label={t.language}>
        <button type="button" class={only === null ? 'chip on' : 'chip'} onClick={() => setOnly(null)}>{t.allLanguages} <span class="count">{quotes.length}</span></button>
        {[...counts].map(([lang, n]) => (
          <button key={lang} type="button" class={only === lang ? 'chip on' : 'chip'} onClick={() => setOnly(lang)}>{t.lang[lang] ?? lang} <span class="count">{n}</span></button>
        ))}
      </div>
      <ol class="quote-list">{shown.map((q) => (
        <li key={`${q.article.id}:${q.start}`} class="quote-item">
          <div class="hit-head"><span class="date">{q.article.date ?? t.undated}</span> <LangTag lang={q.article.lang} /> <span class="muted">{t.quoteKind[q.kind]}</span></div>
          <blockquote lang={q.article.lang} class="clamp">{q.text}</blockquote>
          <a class="small" href={hrefs.article(q.article.id, [q.start, q.end])}><span lang={q.article.lang}>{q.article.title ?? q.article.lead ?? t.openArticle}</span> · {q.start}–{q.end}</a>
        </li>
      ))}</ol>
    </>
  );
}

export function EntityPage({ id }: { readonly id: string }) {
  const { t, lang } = useLabels();
  const state = useAsync<EntityView>(() => api.entity(id), id);
  if (state.status !== 'done') return <Status state={state} />;
  const { entity, quotes, stances, articles, entities } = state.data;
  return (
    <div class="entity-page">
      <header class="page-head">
        <h1>{entityName(entity.id, { [entity.id]: entity }, lang)}</h1>
        <p class="muted"><code>{entity.id}</code> · {entity.type}</p>
      </header>
      <div class="columns">
        <section class="col-narrow">
          <h2>{t.names}</h2>
          <NamesTable names={entity.names} />
          {entity.roles && entity.roles.length > 0 ? <>
            <h2>{t.roles}</h2>
            <ul class="roles">{entity.roles.map((r, i) => (
              <li key={i}>{r.role} · <EntityLink id={r.of} entities={entities} /> <span class="muted">{r.from ?? '…'}–{r.to ?? ''}</span></li>
            ))}</ul>
          </> : null}
          <h2>{t.articles} <span class="count">{articles.length}</span></h2>
          <ul class="articles">{articles.map((a) => (
            <li key={a.id}><a href={hrefs.article(a.id)}><span lang={a.lang}>{a.title ?? a.lead ?? a.id}</span></a> <span class="muted">{a.date ?? t.undated}</span> <LangTag lang={a.lang} /></li>
          ))}</ul>
        </section>
        <section class="col-wide">
          <h2>{t.quotesOverTime} <span class="count">{quotes.length}</span></h2>
          {quotes.length === 0 ? <p class="muted">{t.nothingYet}</p> : <QuoteList quotes={quotes} />}
          <h2>{t.stancesByTarget} <span class="count">{stances.length}</span></h2>
          {stances.length === 0 ? <p class="muted">{t.nothingYet}</p> : byTarget(stances).map(([key, list]) => (
            <section key={key} class="stance-group">
              <h3>{list[0]!.target.initiative ? <EntityLink id={list[0]!.target.initiative} entities={entities} /> : <span lang={list[0]!.article.lang}>{key}</span>}</h3>
              <ul>{list.map((s) => (
                <li key={`${s.article.id}:${s.start}`}>
                  <span class={`badge stance-${s.type}`}>{t.stance[s.type] ?? s.type}</span>{' '}
                  <span class="date">{s.article.date ?? t.undated}</span> <LangTag lang={s.article.lang} />{' '}
                  <a href={hrefs.article(s.article.id, [s.start, s.end])} lang={s.article.lang}>{s.text}</a>
                </li>
              ))}</ul>
            </section>
          ))}
        </section>
      </div>
    </div>
  );
}
