/**
 * An initiative: who proposed it; who backed, praised, called for or opposed it, and when (the
 * timeline and a table); and the sources that say so.
 */
import type { InitiativeView } from '../../../src/api/corpus-reader.js';
import { api } from '../api-client.js';
import { EntityLink, LangTag } from '../components/entity-link.js';
import { Status } from '../components/status.js';
import { TimelineChart } from '../components/timeline-chart.js';
import { eventStances, LinkTimelineList } from '../components/link-timeline.js';
import { entityName } from '../entity-label.js';
import { useLabels } from '../i18n/use-labels.js';
import { hrefs } from '../router.js';
import { useAsync } from '../use-async.js';
import { NamesTable } from './entity-page.js';

export function InitiativePage({ id }: { readonly id: string }) {
  const { t, lang } = useLabels();
  const state = useAsync<InitiativeView>(() => api.initiative(id), id);
  if (state.status !== 'done') return <Status state={state} />;
  const { entity, proposer, stances, sources, entities, timeline } = state.data;
  // With link tables the chart shows each stance once, however many outlets reported it.
  const linked = timeline && timeline.events.length > 0 ? timeline : null;
  const charted = linked ? eventStances(linked, entity.id) : stances;
  return (
    <div class="initiative-page">
      <header class="page-head">
        <h1>{entityName(entity.id, { [entity.id]: entity }, lang)}</h1>
        <p><span class="muted">{t.proposedBy}:</span> {proposer ? <EntityLink id={proposer} entities={entities} /> : <span class="muted">{t.unknownProposer}</span>}
          {' '}<span class="muted">· <code>{entity.id}</code></span></p>
      </header>
      <div class="columns">
        <section class="col-wide">
          <h2>{t.whoTookStances} <span class="count">{stances.length}</span></h2>
          {stances.length === 0 ? <p class="muted">{t.nothingYet}</p> : <>
            <TimelineChart stances={charted.length > 0 ? charted : stances} entities={entities} />
            <table class="stance-table">
              <thead><tr><th>{t.date}</th><th>{t.holder}</th><th>{t.stanceColumn}</th><th>{t.span}</th></tr></thead>
              <tbody>{stances.map((s) => (
                <tr key={`${s.article.id}:${s.start}`}>
                  <td class="date">{s.article.date ?? t.undated}</td>
                  <td><EntityLink id={s.holder} entities={entities} /></td>
                  <td><span class={`badge stance-${s.type}`}>{t.stance[s.type] ?? s.type}</span></td>
                  <td><LangTag lang={s.article.lang} /> <a href={hrefs.article(s.article.id, [s.start, s.end])} lang={s.article.lang}>{s.text}</a>
                    {s.target.text !== s.text ? <span class="muted" lang={s.article.lang}> — {s.target.text}</span> : null}</td>
                </tr>
              ))}</tbody>
            </table>
          </>}
          {linked ? <>
            <h2>{t.linkTimeline} <span class="count">{linked.events.length}</span></h2>
            <LinkTimelineList timeline={linked} entities={entities} />
          </> : null}
        </section>
        <section class="col-narrow">
          <h2>{t.names}</h2>
          <NamesTable names={entity.names} />
          <h2>{t.sources} <span class="count">{sources.length}</span></h2>
          <ul class="articles">{sources.map((a) => (
            <li key={a.id}><a href={hrefs.article(a.id)}><span lang={a.lang}>{a.title ?? a.lead ?? a.id}</span></a> <span class="muted">{a.date ?? t.undated}</span> <LangTag lang={a.lang} /></li>
          ))}</ul>
        </section>
      </div>
    </div>
  );
}
