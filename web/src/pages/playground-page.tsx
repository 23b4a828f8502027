/**
 * Paste an article, get its record: the text goes to POST /api/extract (nothing is stored) and
 * comes back as the same article view the corpus uses.
 */
import { useState } from 'preact/hooks';
import type { ArticleRecord } from '../../../src/record/article-record.js';
import { api } from '../api-client.js';
import { ArticleView } from '../components/article-view.js';
import { useLabels } from '../i18n/use-labels.js';
import { ArticleTitle } from './article-page.js';

// Fictional people and countries only: sample text must never put words in a real person's mouth.
const SAMPLE = [
  'date 2025-10-14',
  'President Arvid Kallen of Valdoria said on Tuesday that trade with Marenia exceeded $12 billion last year.',
  '',
  '“We support the initiative to establish a development centre in Virport, and we are ready to take part,” Kallen said.',
  '',
  'Foreign Minister Irena Ostrova of Marenia welcomed the proposal and called on the Ostrenian Union to back it before 2027.',
].join('\n');

const LANGS = ['', 'zh', 'zh-Hant', 'ru', 'kk', 'en'];

export function PlaygroundPage() {
  const { t } = useLabels();
  const [text, setText] = useState('');
  const [date, setDate] = useState('');
  const [lang, setLang] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [record, setRecord] = useState<ArticleRecord | null>(null);

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    if (text.trim() === '') return;
    setBusy(true);
    setError(null);
    try {
      setRecord(await api.extract({ text, ...(date ? { date } : {}), ...(lang ? { lang } : {}) }));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="playground-page">
      <header class="page-head">
        <h1>{t.playgroundTitle}</h1>
        <p class="muted">{t.playgroundIntro}</p>
      </header>
      <form class="playground-form" onSubmit={onSubmit}>
        <textarea name="text" rows={10} placeholder={t.pasteHere} value={text} onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)} />
        <div class="playground-controls">
          <label>{t.articleDate} <input type="date" name="date" value={date} onInput={(e) => setDate((e.currentTarget as HTMLInputElement).value)} /></label>
          <label>{t.language} <select name="lang" value={lang} onChange={(e) => setLang((e.currentTarget as HTMLSelectElement).value)}>
            {LANGS.map((l) => <option key={l} value={l}>{l === '' ? t.autoDetect : (t.lang[l] ?? l)}</option>)}
          </select></label>
          <button type="submit" disabled={busy || text.trim() === ''}>{busy ? t.extracting : t.extract}</button>
          <button type="button" class="secondary" onClick={() => setText(SAMPLE)}>{t.loadSample}</button>
        </div>
      </form>
      {error ? <p class="status error" role="alert">{t.errorPrefix}: {error}</p> : null}
      {record ? <div class="playground-result"><ArticleTitle record={record} /><ArticleView record={record} /></div> : null}
    </div>
  );
}
