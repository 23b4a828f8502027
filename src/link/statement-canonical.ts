/**
 * Which member stands for a cluster. A direct quote beats a reported one (it gives the words), a
 * statement that carries more checkable content (entities, initiatives, figures, times) beats a
 * thinner rewrite, and on a tie the member already canonical stays, so the earliest report keeps
 * the place and canonicals do not flap as copies arrive.
 */
import type { StatementFingerprint } from './link-rows.js';

export function canonicalRank(fp: StatementFingerprint, label: string): number {
  const content = fp.entities.length + fp.initiatives.length + fp.figures.length + fp.times.length + (fp.target ? 1 : 0);
  return (label === 'direct' ? 100 : 0) + Math.min(99, content);
}
