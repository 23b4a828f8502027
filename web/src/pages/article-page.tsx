/** One stored article: its title and text with layers, opened at a span when a hit led here. */
import type { ArticleRecord } from '../../../src/record/article-record.js';
import { api } from '../api-client.js';
import { ArticleView } from '../components/article-view.js';
import { Status } from '../components/status.js';
import { useLabels } from '../i18n/use-labels.js';
import { useAsync } from '../use-async.js';

/** An untitled article is named by its opening words, marked as such. */
function firstLine(text: string): string {
  const line = text.trimStart().split('\n', 1)[0] ?? '';
  const chars = [...line];
  return chars.length > 60 ? `${chars.slice(0, 60).join('')}…` : line;
}

export function ArticleTitle({ record }: { readonly record: ArticleRecord }) {
  const { t } = useLabels();
  return (
    <header class="page-head">
      {record.title !== null ? <h1 lang={record.lang}>{record.title}</h1>
        : <h1 lang={record.lang} class="untitled" title={t.noTitle}>{firstLine(record.text)}</h1>}
      <p class="muted">{record.date ?? t.undated} · {t.lang[record.lang] ?? record.lang} · <code>{record.id}</code></p>
    </header>
  );
}

export function ArticlePage({ id, span }: { readonly id: string; readonly span: readonly [number, number] | null }) {
  const state = useAsync<ArticleRecord>(() => api.article(id), id);
  if (state.status !== 'done') return <Status state={state} />;
  return (
    <div class="article-page">
      <ArticleTitle record={state.data} />
      <ArticleView record={state.data} focus={span} />
    </div>
  );
}
