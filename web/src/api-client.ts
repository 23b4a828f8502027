/** The few API calls the UI makes, typed with the server's own response types. */
import type {
  EntityView, FiguresResult, InitiativeView, SearchResult, StatementsResult,
} from '../../src/api/corpus-reader.js';
import type { ArticleRecord } from '../../src/record/article-record.js';

export class ApiFailure extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(path, { ...init, headers: { accept: 'application/json', ...(init?.headers ?? {}) } });
  const body = await response.json().catch(() => null) as { message?: string } | null;
  if (!response.ok) throw new ApiFailure(response.status, body?.message ?? `${response.status} ${response.statusText}`);
  return body as T;
}

const path = (base: string, params?: URLSearchParams) => (params && params.toString() ? `${base}?${params}` : base);

export interface ExtractInput {
  readonly text: string;
  readonly date?: string | null;
  readonly lang?: string | null;
}

export const api = {
  search: (params: URLSearchParams) => request<SearchResult>(path('/api/search', params)),
  article: (id: string) => request<ArticleRecord>(`/api/articles/${encodeURIComponent(id)}`),
  entity: (id: string) => request<EntityView>(`/api/entities/${encodeURIComponent(id)}`),
  initiative: (id: string) => request<InitiativeView>(`/api/initiatives/${encodeURIComponent(id)}`),
  figures: (params: URLSearchParams) => request<FiguresResult>(path('/api/figures', params)),
  statements: (params: URLSearchParams) => request<StatementsResult>(path('/api/statements', params)),
  extract: (input: ExtractInput) => request<ArticleRecord>('/api/extract', {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input),
  }),
};
