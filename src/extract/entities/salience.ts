/**
 * Who the article is about. The main person is the one mentioned most by name, title with a
 * country, or pattern (ties go to the earlier first mention): in an agency report of a speech that
 * is the speaker, named on almost every paragraph (托卡耶夫 … 托卡耶夫说). The article's country is
 * the one the main person holds office in on the article date, else their own country, else the
 * country mentioned most. A bare title (国家元首, the President) then means that country's holder.
 */
import type { Gazetteer } from '../../gazetteer/gazetteer.js';
import type { FoundPeople } from './found-people.js';
import { isPerson, type Draft } from './mention-draft.js';

export interface Salience {
  readonly mainPerson?: string;
  readonly country?: string;
}

function mostFrequent(drafts: readonly Draft[], keep: (entity: string) => boolean): string | undefined {
  const counts = new Map<string, number>();
  for (const d of drafts) if (keep(d.entity)) counts.set(d.entity, (counts.get(d.entity) ?? 0) + 1);
  let best: string | undefined;
  let bestCount = 0;
  // Map iteration follows first insertion, that is first mention: a tie keeps the earlier one.
  for (const [entity, count] of counts) if (count > bestCount) { best = entity; bestCount = count; }
  return best;
}

export function salienceOf(
  drafts: readonly Draft[], gazetteer: Gazetteer, people: FoundPeople, date: string | null,
): Salience {
  const ordered = [...drafts].sort((a, b) => a.start - b.start);
  const mainPerson = mostFrequent(ordered, isPerson);
  let country: string | undefined;
  if (mainPerson) {
    country = gazetteer.rolesOn(mainPerson, date).map((r) => r.of).find((of) => of.startsWith('country:'))
      ?? gazetteer.get(mainPerson)?.country
      ?? people.byId.get(mainPerson)?.country;
  }
  country ??= mostFrequent(ordered, (e) => e.startsWith('country:'));
  return { ...(mainPerson ? { mainPerson } : {}), ...(country ? { country } : {}) };
}
