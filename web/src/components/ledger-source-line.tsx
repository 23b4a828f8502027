/**
 * One report of a ledger claim: language, date and outlet, then the sentence it stands in with
 * the figure itself as the link to the article at that exact span. The sentence is shown because
 * a bare "$590 billion" does not say what was estimated; it stays text nodes (it comes from outside).
 */
import type { LedgerGroupClaim } from '../../../src/api/corpus-reader.js';
import { useLabels } from '../i18n/use-labels.js';
import { hrefs } from '../router.js';
import { LangTag } from './entity-link.js';

type LedgerSource = LedgerGroupClaim['sources'][number];

function outlet(urls: readonly string[]): string | null {
  if (!urls[0]) return null;
  try {
    return new URL(urls[0]).hostname;
  } catch {
    return null;
  }
}

export function LedgerSourceLine({ source }: { readonly source: LedgerSource }) {
  const { t } = useLabels();
  // The context is cut at a maximum length, so the figure can lie past its end.
  const at = source.context.indexOf(source.text);
  const link = <a class="ledger-span" href={hrefs.article(source.articleId, [source.start, source.end])}>{source.text}</a>;
  const host = outlet(source.urls);
  return (
    <li class="ledger-source" data-lang={source.lang}>
      <LangTag lang={source.lang} />{' '}
      <span class="date">{source.date ?? t.undated}</span>{' '}
      {host ? <span class="muted small" title={source.urls.join('\n')}>{host}</span> : null}
      <div class="ledger-context" lang={source.lang}>
        {at < 0
          ? <>{source.context}… <mark>{link}</mark></>
          : <>{source.context.slice(0, at)}<mark>{link}</mark>{source.context.slice(at + source.text.length)}</>}
      </div>
    </li>
  );
}
