/**
 * Titles name kinds of office more loosely than the gazetteer's roles: `head of state` is
 * whichever of president, chairman or monarch a country has, `leader` is its head of state or,
 * failing that, of government. Each group lists gazetteer roles in the order they are tried.
 */

export const ROLE_GROUPS: Readonly<Record<string, readonly string[]>> = {
  'head-of-state': ['president', 'head-of-state', 'chairman', 'monarch', 'king', 'queen', 'emir', 'sultan', 'supreme-leader'],
  'head-of-government': ['prime-minister', 'head-of-government', 'premier', 'chancellor'],
  leader: ['president', 'head-of-state', 'chairman', 'monarch', 'king', 'queen', 'emir', 'sultan', 'supreme-leader',
    'prime-minister', 'head-of-government', 'premier', 'chancellor'],
};

/** The gazetteer roles a title's role stands for: a group's members, or the role itself. */
export function expandRole(role: string): readonly string[] {
  return ROLE_GROUPS[role] ?? [role];
}

/** Whether a held role satisfies a title's role (a president is a head of state). */
export function roleFits(held: string, wanted: string): boolean {
  return held === wanted || expandRole(wanted).includes(held);
}
