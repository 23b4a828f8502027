/**
 * An entity's name for the reader: in the interface language when the corpus knows it, else in
 * English, else in any language it has; the id only as a last resort.
 */
import type { EntitySummary } from '../../src/api/corpus-reader.js';
import type { UiLang } from './i18n/use-labels.js';

export function pickName(names: Readonly<Record<string, string>> | undefined, lang: string): string | undefined {
  if (!names) return undefined;
  const base = lang.split('-')[0];
  const sameBase = Object.keys(names).find((tag) => tag.split('-')[0] === base);
  return names[lang] ?? (sameBase ? names[sameBase] : undefined) ?? names['en'] ?? Object.values(names)[0];
}

export function entityName(id: string, entities: Readonly<Record<string, EntitySummary>> | undefined, lang: UiLang): string {
  return pickName(entities?.[id]?.names, lang) ?? id.replace(/^[a-z]+:/, '').replace(/-/g, ' ');
}
