/** An article's metadata, credits, and the people, countries and initiatives it names. */
import type { EntitySummary } from '../../../src/api/corpus-reader.js';
import type { ArticleRecord } from '../../../src/record/article-record.js';
import { useLabels } from '../i18n/use-labels.js';
import { EntityLink, LangTag } from './entity-link.js';

interface Props {
  readonly record: ArticleRecord;
  readonly entities: Readonly<Record<string, EntitySummary>>;
}

const SHOWN_TYPES = ['person', 'country', 'organization', 'initiative'] as const;

/** Only web addresses become links; anything else in `url` is shown as text. */
const safeUrl = (url: string | null) => (url && /^https?:\/\//i.test(url) ? url : null);

export function ArticleMeta({ record, entities }: Props) {
  const { t } = useLabels();
  const href = safeUrl(record.url);
  return (
    <>
      <section class="meta-panel">
        <h3>{t.metadata}</h3>
        <dl>
          <dt>{t.date}</dt><dd>{record.date ?? t.undated}</dd>
          <dt>{t.language}</dt><dd><LangTag lang={record.lang} /> {t.lang[record.lang] ?? ''}</dd>
          {record.url ? <><dt>{t.source}</dt><dd class="url">{href ? <a href={href} rel="noopener noreferrer" target="_blank">{record.url}</a> : record.url}</dd></> : null}
          <dt>{t.articleId}</dt><dd><code>{record.id}</code></dd>
        </dl>
        <p class="muted small">{t.counts(record.quotes.length, record.stances.length, record.figures.length, record.times.length)}</p>
        {record.credits.length > 0 ? <>
          <h4>{t.credits}</h4>
          <ul class="credits">{record.credits.map((c, i) => <li key={i}><span class="muted">{c.role}:</span> {c.name} <span class="muted small">({c.raw})</span></li>)}</ul>
        </> : null}
      </section>
      <section class="meta-panel">
        <h3>{t.inThisArticle}</h3>
        {SHOWN_TYPES.map((type) => {
          const list = record.entities.filter((e) => e.type === type);
          return list.length === 0 ? null : (
            <p key={type} class="entity-list"><span class="muted">{type}</span>{' '}
              {list.map((e, i) => <span key={e.id}>{i > 0 ? ' · ' : ''}<EntityLink id={e.id} entities={entities} /></span>)}
            </p>
          );
        })}
      </section>
    </>
  );
}
