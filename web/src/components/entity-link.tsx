/** A link to an entity's page, labelled with its name in the interface language. */
import type { EntitySummary } from '../../../src/api/corpus-reader.js';
import { entityName } from '../entity-label.js';
import { useLabels } from '../i18n/use-labels.js';
import { hrefs } from '../router.js';

interface Props {
  readonly id: string | null | undefined;
  readonly entities?: Readonly<Record<string, EntitySummary>>;
}

export function EntityLink({ id, entities }: Props) {
  const { lang, t } = useLabels();
  if (!id) return <span class="muted">{t.unknownSpeaker}</span>;
  // Only people, countries, organizations and initiatives have pages worth opening.
  const linkable = /^(person|country|organization|initiative):/.test(id);
  const name = entityName(id, entities, lang);
  return linkable ? <a class="entity" href={hrefs.entity(id)} title={id}>{name}</a> : <span class="entity" title={id}>{name}</span>;
}

export function LangTag({ lang }: { readonly lang: string }) {
  const { t } = useLabels();
  return <span class={`lang-tag lang-${lang.split('-')[0]}`} title={t.lang[lang] ?? lang}>{lang}</span>;
}
