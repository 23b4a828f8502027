/** Loads something when its key changes; an answer to an older key is dropped, never shown. */
import { useEffect, useState } from 'preact/hooks';

export type AsyncState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: Error & { status?: number } }
  | { readonly status: 'done'; readonly data: T };

export function useAsync<T>(load: () => Promise<T>, key: string): AsyncState<T> {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    load().then(
      (data) => { if (current) setState({ status: 'done', data }); },
      (error: Error) => { if (current) setState({ status: 'error', error }); },
    );
    return () => { current = false; };
  }, [key]);
  return state;
}
