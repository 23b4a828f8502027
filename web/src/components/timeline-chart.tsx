/**
 * Who took which stance on an initiative, and when: one lane per holder, one dot per stance,
 * coloured by stance type, on a time axis. Plain SVG drawn by Preact (no chart library, no inline
 * styles, so the Content-Security-Policy stays strict). Each dot links to its span.
 */
import type { EntitySummary, StanceItem } from '../../../src/api/corpus-reader.js';
import { entityName } from '../entity-label.js';
import { useLabels } from '../i18n/use-labels.js';
import { hrefs } from '../router.js';

interface Props {
  readonly stances: readonly StanceItem[];
  readonly entities: Readonly<Record<string, EntitySummary>>;
}

const WIDTH = 760;
const LEFT = 170;
const RIGHT = 24;
const LANE = 30;
const TOP = 16;
const AXIS = 30;
const DAY = 86_400_000;

const time = (date: string) => Date.parse(`${date.length === 4 ? `${date}-07-01` : date.length === 7 ? `${date}-15` : date}T00:00:00Z`);

function ticks(min: number, max: number): Array<{ at: number; label: string }> {
  const years = (max - min) / (365 * DAY);
  const out: Array<{ at: number; label: string }> = [];
  const start = new Date(min);
  if (years > 2) {
    for (let y = start.getUTCFullYear(); Date.UTC(y, 0, 1) <= max; y++) if (Date.UTC(y, 0, 1) >= min) out.push({ at: Date.UTC(y, 0, 1), label: String(y) });
  } else {
    const step = years > 1 ? 3 : 1;
    for (let m = start.getUTCMonth(), y = start.getUTCFullYear(); Date.UTC(y, m, 1) <= max; m += step) {
      const at = Date.UTC(y, m, 1);
      if (at >= min) out.push({ at, label: new Date(at).toISOString().slice(0, 7) });
    }
  }
  return out;
}

export function TimelineChart({ stances, entities }: Props) {
  const { t, lang } = useLabels();
  const dated = stances.filter((s) => s.article.date && !Number.isNaN(time(s.article.date)));
  if (dated.length === 0) return null;
  const lanes = [...new Set(dated.map((s) => s.holder ?? '?'))];
  const times = dated.map((s) => time(s.article.date!));
  let min = Math.min(...times);
  let max = Math.max(...times);
  // A single day, or a short span, still gets a readable axis: pad to at least two months,
  // and keep the first and last dots clear of the lane labels and the edge.
  if (max - min < 60 * DAY) { min -= 30 * DAY; max += 30 * DAY; }
  const pad = (max - min) * 0.04;
  min -= pad;
  max += pad;
  const x = (ms: number) => LEFT + ((ms - min) / (max - min)) * (WIDTH - LEFT - RIGHT);
  const height = TOP + lanes.length * LANE + AXIS;
  const seen = new Map<string, number>();
  const types = [...new Set(dated.map((s) => s.type))];
  return (
    <figure class="timeline">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={t.timeline}>
        {lanes.map((holder, i) => (
          <g key={holder} class="lane">
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={TOP + i * LANE + LANE / 2} y2={TOP + i * LANE + LANE / 2} class="lane-line" />
            <text x={LEFT - 8} y={TOP + i * LANE + LANE / 2 + 4} text-anchor="end" class="lane-label">
              {holder === '?' ? t.unknownSpeaker : entityName(holder, entities, lang)}
            </text>
          </g>
        ))}
        {ticks(min, max).map((tick) => (
          <g key={tick.at} class="tick">
            <line x1={x(tick.at)} x2={x(tick.at)} y1={TOP} y2={TOP + lanes.length * LANE} class="tick-line" />
            <text x={x(tick.at)} y={height - 10} text-anchor="middle" class="tick-label">{tick.label}</text>
          </g>
        ))}
        {dated.map((s) => {
          const lane = lanes.indexOf(s.holder ?? '?');
          const slot = `${lane}:${s.article.date}`;
          const k = seen.get(slot) ?? 0;
          seen.set(slot, k + 1);
          return (
            <a key={`${s.article.id}:${s.start}`} href={hrefs.article(s.article.id, [s.start, s.end])}>
              <circle cx={x(time(s.article.date!)) + k * 9} cy={TOP + lane * LANE + LANE / 2} r={6} class={`dot stance-${s.type}`}>
                <title>{`${s.article.date} · ${t.stance[s.type] ?? s.type} · ${s.text}`}</title>
              </circle>
            </a>
          );
        })}
      </svg>
      <figcaption class="legend">
        {types.map((type) => <span key={type} class="legend-item"><svg viewBox="0 0 12 12" class="legend-dot"><circle cx="6" cy="6" r="5" class={`dot stance-${type}`} /></svg>{t.stance[type] ?? type}</span>)}
      </figcaption>
    </figure>
  );
}
