/**
 * The Figures page's ledger: claims grouped by what they measure, groups whose values disagree
 * first, with a switch to show only those. Absent link tables are said, not hidden: an empty
 * section would read as "no disagreement", which nobody checked.
 */
import type { EntitySummary, LedgerGroup } from '../../../src/api/corpus-reader.js';
import { useLabels } from '../i18n/use-labels.js';
import { LedgerGroupCard } from './ledger-group-card.js';

interface Props {
  readonly ledger: readonly LedgerGroup[] | undefined;
  readonly entities: Readonly<Record<string, EntitySummary>>;
  readonly onlyFlagged: boolean;
  readonly setOnlyFlagged: (only: boolean) => void;
}

export function LedgerSection({ ledger, entities, onlyFlagged, setOnlyFlagged }: Props) {
  const { t } = useLabels();
  if (ledger === undefined) {
    return (
      <section class="ledger-section">
        <h2>{t.ledgerTitle}</h2>
        <p class="muted">{t.ledgerUnavailable}</p>
      </section>
    );
  }
  const flagged = ledger.filter((g) => g.flagged);
  // The API sends flagged groups first; the page promises it whoever serves the list.
  const shown = onlyFlagged ? flagged : [...flagged, ...ledger.filter((g) => !g.flagged)];
  return (
    <section class="ledger-section" aria-labelledby="ledger-title">
      <h2 id="ledger-title">{t.ledgerTitle}</h2>
      <p class="muted small">{t.ledgerIntro}</p>
      <div class="ledger-controls">
        <span class="result-count">{t.ledgerSummary(ledger.length, flagged.length)}</span>
        <label class="ledger-toggle">
          <input type="checkbox" checked={onlyFlagged} onChange={(e) => setOnlyFlagged((e.currentTarget as HTMLInputElement).checked)} />
          {' '}{t.onlyDisagreements}
        </label>
      </div>
      {ledger.length === 0 ? <p class="empty">{t.noLedger}</p>
        : shown.length === 0 ? <p class="empty">{t.noDisagreements}</p>
          : shown.map((g) => <LedgerGroupCard key={g.key} group={g} entities={entities} />)}
    </section>
  );
}
