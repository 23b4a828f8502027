/**
 * An initiative's link timeline: each stance once (its statement cluster), oldest first, with
 * every report of it in every language, each linked to its span. The chart draws one dot per
 * event, so a speech reported in three languages is one dot, not three.
 */
import type { EntitySummary, LinkTimeline, StanceItem } from '../../../src/api/corpus-reader.js';
import { useLabels } from '../i18n/use-labels.js';
import { hrefs } from '../router.js';
import { EntityLink, LangTag } from './entity-link.js';

/** One stance item per event, as the chart takes them: the event's date, its first report's span. */
export function eventStances(timeline: LinkTimeline, initiative: string): StanceItem[] {
  return timeline.events.filter((e) => e.role === 'target' && e.sources.length > 0).map((e) => {
    const s = e.sources[0]!;
    return {
      start: s.start, end: s.end, text: s.text, type: e.type, holder: e.holder ?? e.speaker,
      article: { id: s.articleId, title: null, date: e.date, lang: s.lang, url: s.urls[0] ?? null },
      target: { start: s.start, end: s.end, text: s.text, initiative },
    };
  });
}

export function LinkTimelineList({ timeline, entities }: { readonly timeline: LinkTimeline; readonly entities: Readonly<Record<string, EntitySummary>> }) {
  const { t } = useLabels();
  return (
    <ol class="link-timeline">{timeline.events.map((e) => (
      <li key={e.clusterId} data-cluster={e.clusterId}>
        <span class="date">{e.date ?? t.undated}</span>{' '}
        <EntityLink id={e.holder ?? e.speaker} entities={entities} />{' '}
        <span class={`badge stance-${e.type}`}>{t.stance[e.type] ?? e.type}</span>{' '}
        <span class="count">{t.reports(e.sources.length)}</span>
        <ul>{e.sources.map((s) => (
          <li key={`${s.articleId}:${s.start}`}>
            <LangTag lang={s.lang} />{' '}
            <a href={hrefs.article(s.articleId, [s.start, s.end])} lang={s.lang}>{s.text}</a>
          </li>
        ))}</ul>
      </li>
    ))}</ol>
  );
}
