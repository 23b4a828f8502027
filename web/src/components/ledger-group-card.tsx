/**
 * One ledger group: what its claims measure (measure, qualifiers, scope, unit, year), each claim
 * once with who made it and every report of it, and — when the values cannot all hold — a flag
 * and the pairs of claims that disagree. Claims are numbered so a disagreement can name them.
 */
import type { EntitySummary, LedgerGroup, LedgerGroupClaim } from '../../../src/api/corpus-reader.js';
import { formatFigure } from '../format-figure.js';
import type { Labels } from '../i18n/labels-en.js';
import { useLabels } from '../i18n/use-labels.js';
import { EntityLink } from './entity-link.js';
import { LedgerSourceLine } from './ledger-source-line.js';

interface Props {
  readonly group: LedgerGroup;
  readonly entities: Readonly<Record<string, EntitySummary>>;
}

/** "more than $650B": an exact value needs no word; reports that differ in wording show each. */
function claimValue(claim: LedgerGroupClaim, t: Labels, lang: string): string {
  const value = formatFigure(claim.value, claim.unit, lang, claim.max ?? undefined);
  if (claim.approx.every((a) => a === 'exact')) return value;
  return `${claim.approx.map((a) => t.approx[a] ?? a).join(' / ')} ${value}`;
}

const claimNumber = (index: number) => `#${index + 1}`;

export function LedgerGroupCard({ group, entities }: Props) {
  const { t, lang } = useLabels();
  const conflicting = new Set(group.conflicts.flatMap((c) => [c.a, c.b]));
  const values = group.claims.map((c) => claimValue(c, t, lang));
  return (
    <article class={`ledger-group${group.flagged ? ' is-flagged' : ''}`} data-key={group.key} data-flagged={String(group.flagged)}>
      <header class="ledger-group-head">
        <span class="ledger-measure">{t.measureName(group.measure.split(':'))}</span>
        {group.qualifiers.map((q) => <span key={q} class="ledger-qualifier">{t.qualifier[q] ?? q}</span>)}
        {group.scope.map((id) => <EntityLink key={id} id={id} entities={entities} />)}
        <span class="ledger-unit">{t.unitName[group.unit] ?? group.unit}</span>
        <span class="date ledger-year">{group.year ?? t.undated}</span>
        {group.flagged ? <span class="badge ledger-flag">⚠ {t.valuesDisagree}</span> : null}
        <span class="count">{t.claims(group.claims.length)}</span>
      </header>
      <table class="ledger-claims">
        <thead><tr><th>#</th><th class="num">{t.value}</th><th>{t.claimedBy}</th><th>{t.sources}</th></tr></thead>
        <tbody>
          {group.claims.map((c, i) => (
            <tr key={claimNumber(i)} class={`ledger-claim${conflicting.has(i) ? ' is-conflicting' : ''}`} data-claim={claimNumber(i)}>
              <td class="claim-number">{claimNumber(i)}</td>
              <td class="num"><strong>{values[i]}</strong></td>
              <td class="claimant">{c.claimant ? <EntityLink id={c.claimant} entities={entities} /> : <span class="muted">{t.reportItself}</span>}</td>
              <td><ul class="ledger-sources">{c.sources.map((s) => <LedgerSourceLine key={`${s.articleId}:${s.start}`} source={s} />)}</ul></td>
            </tr>
          ))}
        </tbody>
      </table>
      {group.conflicts.length > 0 ? (
        <div class="ledger-conflicts">
          <h4>{t.disagreements}</h4>
          <ul>{group.conflicts.map((c) => (
            // The server's detail gives the intervals compared, in raw numbers: for the curious, on hover.
            <li key={`${c.a}-${c.b}`} class="ledger-conflict" title={c.detail}>
              {t.cannotBothHold(`${claimNumber(c.a)} (${values[c.a] ?? '?'})`, `${claimNumber(c.b)} (${values[c.b] ?? '?'})`)}
            </li>
          ))}</ul>
        </div>
      ) : null}
    </article>
  );
}
