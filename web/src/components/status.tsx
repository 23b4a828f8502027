/** Loading and error states, said plainly. */
import type { AsyncState } from '../use-async.js';
import { useLabels } from '../i18n/use-labels.js';

export function Status({ state }: { readonly state: AsyncState<unknown> }) {
  const { t } = useLabels();
  if (state.status === 'loading') return <p class="status muted">{t.loading}</p>;
  if (state.status === 'error') {
    return <p class="status error" role="alert">{state.error.status === 404 ? t.notFound : `${t.errorPrefix}: ${state.error.message}`}</p>;
  }
  return null;
}
