/**
 * Hash routes (`#/article/<id>`), so the static server needs no fallback and every view has a URL
 * an analyst can paste into a report. Entity ids hold a colon and are encoded.
 */
import { useEffect, useState } from 'preact/hooks';

export type Route =
  | { readonly page: 'search'; readonly query: URLSearchParams }
  | { readonly page: 'article'; readonly id: string; readonly span: readonly [number, number] | null }
  | { readonly page: 'entity'; readonly id: string }
  | { readonly page: 'initiative'; readonly id: string }
  | { readonly page: 'figures'; readonly query: URLSearchParams }
  | { readonly page: 'statements'; readonly query: URLSearchParams }
  | { readonly page: 'playground' };

function decode(part: string | undefined): string {
  try {
    return decodeURIComponent(part ?? '');
  } catch {
    return '';
  }
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const q = raw.indexOf('?');
  const path = q >= 0 ? raw.slice(0, q) : raw;
  const query = new URLSearchParams(q >= 0 ? raw.slice(q + 1) : '');
  const [page, id] = path.split('/');
  switch (page) {
    case 'article': {
      const m = /^(\d+)-(\d+)$/.exec(query.get('span') ?? '');
      return { page: 'article', id: decode(id), span: m ? [Number(m[1]), Number(m[2])] : null };
    }
    case 'entity': return { page: 'entity', id: decode(id) };
    case 'initiative': return { page: 'initiative', id: decode(id) };
    case 'figures': return { page: 'figures', query };
    case 'statements': return { page: 'statements', query };
    case 'playground': return { page: 'playground' };
    default: return { page: 'search', query };
  }
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const update = () => setRoute(parseHash(location.hash));
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  }, []);
  return route;
}

const withQuery = (path: string, params?: URLSearchParams) => {
  const qs = params?.toString();
  return qs ? `${path}?${qs}` : path;
};

export const hrefs = {
  search: (params?: URLSearchParams) => withQuery('#/search', params),
  article: (id: string, span?: readonly [number, number]) => withQuery(`#/article/${encodeURIComponent(id)}`, span ? new URLSearchParams({ span: `${span[0]}-${span[1]}` }) : undefined),
  entity: (id: string) => (id.startsWith('initiative:') ? `#/initiative/${encodeURIComponent(id)}` : `#/entity/${encodeURIComponent(id)}`),
  figures: (params?: URLSearchParams) => withQuery('#/figures', params),
  statements: (params?: URLSearchParams) => withQuery('#/statements', params),
  playground: () => '#/playground',
};
