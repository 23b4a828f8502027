/**
 * Plain-text renderings of the link views for the terminal (`--format table`). Every line that
 * shows a statement or a figure names its source (url, or article id) and its span, so a reader
 * can go back to the exact words.
 */
import type { LedgerClaim, LedgerEntry } from './figure-ledger.js';
import { formatInterval } from './figure-interval.js';
import type { InitiativeTimeline, TimelineSource } from './initiative-timeline.js';
import type { StatementClusterView, StatementMemberView } from './link-views.js';

const MAX_TEXT = 160;

export function clip(text: string, max = MAX_TEXT): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

const where = (urls: readonly string[], articleId: string, start: number, end: number) =>
  `${urls[0] ?? `article ${articleId}`} [${start}–${end}]${urls.length > 1 ? ` (+${urls.length - 1} more url${urls.length > 2 ? 's' : ''})` : ''}`;

function memberLine(m: StatementMemberView, canonical: boolean): string {
  const why = canonical && m.evidence.length === 0 ? 'first report'
    : m.evidence.map((e) => `${e.kind} ${clip(e.detail, 48)}`).join('; ');
  return `    ${canonical ? '*' : ' '} ${m.lang.padEnd(3)} ${m.date ?? '----------'}  ${where(m.urls, m.articleId, m.start, m.end)}\n`
    + `        score ${m.score}: ${why}`;
}

export function formatClusters(clusters: readonly StatementClusterView[]): string {
  if (clusters.length === 0) return 'no statement clusters match\n';
  const blocks = clusters.map((c) => {
    const who = c.speaker ?? 'speaker unknown';
    const head = `${c.kind} ${c.id}  ${c.size} report${c.size === 1 ? '' : 's'} in ${c.langs.join(', ')}  ${c.dateFrom ?? 'undated'}  ${who}`;
    const members = c.members.map((m) => memberLine(m, m.key === c.canonical.key)).join('\n');
    return `${head}\n  “${clip(c.canonical.text)}” (${c.canonical.label})\n${members}`;
  });
  return `${blocks.join('\n\n')}\n`;
}

const sourceLine = (s: TimelineSource) => `      ${s.lang.padEnd(3)} ${where(s.urls, s.articleId, s.start, s.end)}  “${clip(s.text, 80)}”`;

export function formatTimeline(t: InitiativeTimeline): string {
  const lines = [
    t.initiative,
    `  proposed by: ${t.proposers.length > 0 ? t.proposers.join(', ') : 'not known'}`,
    `  named in ${t.mentions.articles} article${t.mentions.articles === 1 ? '' : 's'}${t.mentions.byMonth.length > 0 ? ':' : ''}`,
    ...t.mentions.byMonth.map((m) => `    ${m.month}  ${'▇'.repeat(Math.min(40, m.articles))} ${m.articles}`),
    `  stances (${t.events.length}):`,
  ];
  for (const e of t.events) {
    const who = e.holder ?? e.speaker ?? 'unknown';
    const via = e.speaker !== null && e.speaker !== e.holder ? ` (speaking: ${e.speaker})` : '';
    lines.push(`    ${e.date ?? 'undated   '}  ${e.type.padEnd(12)} ${who}${via}${e.role === 'context' ? '  [named in a stance on something else]' : ''}`);
    lines.push(...e.sources.map(sourceLine));
  }
  if (t.events.length === 0) lines.push('    none recorded');
  return `${lines.join('\n')}\n`;
}

const number = (n: number) => (Math.abs(n) >= 1e9 ? `${Number((n / 1e9).toPrecision(4))}e9` : String(Number(n.toPrecision(6))));

function claimLine(c: LedgerClaim, index: number): string {
  const value = c.max === null ? number(c.value) : `${number(c.value)}–${number(c.max)}`;
  const head = `    [${index}] ${value} ${c.unit} (${c.approx.join('/')}) = ${formatInterval(c.interval)}  by ${c.claimant ?? 'the outlet (no speaker)'}`;
  const sources = c.sources.map((s) => `        ${s.lang.padEnd(3)} ${s.date ?? '----------'}  ${where(s.urls, s.articleId, s.start, s.end)}  “${clip(s.text, 40)}”`);
  return [head, `        ${c.sources.length} source${c.sources.length === 1 ? '' : 's'}:`, ...sources].join('\n');
}

export function formatLedger(entries: readonly LedgerEntry[]): string {
  if (entries.length === 0) return 'no figures match\n';
  const blocks = entries.map((e) => {
    const what = [e.measure, e.qualifiers.join('+') || null, e.scope.join('+') || null, e.unit, e.year ?? 'undated'].filter(Boolean).join(' · ');
    const flag = e.flagged ? '  ⚑ claims disagree beyond their approximations' : '';
    const conflicts = e.conflicts.map((c) => `    ⚑ [${c.a}] vs [${c.b}]: ${c.detail}`);
    return [`${what}${flag}`, ...e.claims.map(claimLine), ...conflicts].join('\n');
  });
  return `${blocks.join('\n\n')}\n`;
}
