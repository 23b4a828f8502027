/** One facet: its values with counts, each a link that adds or removes it as a filter. */
import type { EntitySummary, FacetCount } from '../../../src/api/corpus-reader.js';
import { entityName } from '../entity-label.js';
import { useLabels } from '../i18n/use-labels.js';
import { hrefs } from '../router.js';

interface Props {
  readonly name: string;
  readonly title: string;
  readonly values: readonly FacetCount[];
  readonly query: URLSearchParams;
  /** `type` takes several values; the others one. */
  readonly multi?: boolean;
  readonly label: (value: string) => string;
}

export function FacetGroup({ name, title, values, query, multi, label }: Props) {
  const { t } = useLabels();
  const chosen = query.getAll(name);
  // A chosen value stays listed even when the other filters leave it no hits.
  const shown = [...values, ...chosen.filter((c) => !values.some((v) => v.value === c)).map((value) => ({ value, count: 0 }))];
  if (shown.length === 0) return null;
  const link = (value: string) => {
    const next = new URLSearchParams(query);
    next.delete('offset');
    const on = chosen.includes(value);
    if (multi) {
      next.delete(name);
      for (const v of on ? chosen.filter((c) => c !== value) : [...chosen, value]) next.append(name, v);
    } else if (on) next.delete(name);
    else next.set(name, value);
    return hrefs.search(next);
  };
  return (
    <section class="facet" data-facet={name}>
      <h4>{title}</h4>
      <ul>
        {shown.map((v) => {
          const on = chosen.includes(v.value);
          return (
            <li key={v.value} class={on ? 'on' : ''}>
              <a href={link(v.value)} title={on ? t.remove : v.value}>
                <span class="facet-check" aria-hidden="true">{on ? '✓' : ''}</span>
                <span class="facet-label">{label(v.value)}</span>
                <span class="count">{v.count}</span>
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function entityLabeller(entities: Readonly<Record<string, EntitySummary>>, lang: Parameters<typeof entityName>[2]) {
  return (id: string) => entityName(id, entities, lang);
}
