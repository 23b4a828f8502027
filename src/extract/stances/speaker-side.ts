/**
 * Whom `we` stands for in a quote: the country the speaker represents on the article date (a
 * president's or minister's role `of` a country), or the speaker itself when it is a country or
 * an organisation speaking. Persons with no country role give no answer rather than a guess.
 */
import type { EntityRecord, RoleRecord } from '../../record/article-record.js';

const within = (role: RoleRecord, date: string | null): boolean => {
  if (date === null) return role.to === null;
  const from = role.from ?? '0000';
  const to = role.to ?? '9999';
  return from.slice(0, date.length) <= date && date.slice(0, to.length) <= to;
};

export function sideOf(speaker: EntityRecord | undefined, speakerId: string, date: string | null): string | undefined {
  const type = speaker?.type ?? speakerId.slice(0, speakerId.indexOf(':'));
  if (type === 'country' || type === 'organization') return speakerId;
  if (type !== 'person' || !speaker) return undefined;
  const countryRoles = (speaker.roles ?? []).filter((r) => r.of.startsWith('country:'));
  const current = countryRoles.find((r) => within(r, date));
  if (current) return current.of;
  if (speaker.country?.startsWith('country:')) return speaker.country;
  return countryRoles[0]?.of;
}
