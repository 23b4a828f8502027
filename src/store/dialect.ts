/**
 * The databases a store can live in. Per-dialect settings are typed `Record<Dialect, T>`, so a
 * dialect added here fails to compile until every table of settings has an entry for it.
 */

export const DIALECTS = ['sqlite', 'postgres'] as const;

export type Dialect = (typeof DIALECTS)[number];

/** `postgres://…` or `postgresql://…` picks PostgreSQL; anything else is a SQLite file path. */
export function dialectOf(target: string): Dialect {
  return /^postgres(?:ql)?:\/\//i.test(target) ? 'postgres' : 'sqlite';
}
