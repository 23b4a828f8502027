/**
 * Ingest progress for people and for programs. On a terminal: one redrawn line on stderr with a
 * bar, articles per second, errors and an ETA. When piped: JSON lines on stdout, at most one a
 * second plus a final `done` line, which a script can follow. Failures always go to stderr as
 * `rostrum: SOURCE: reason`.
 */
import type { CliIo } from '../cli/cli-command.js';
import type { IngestEvent, IngestSummary } from './ingest-corpus.js';

export type ProgressMode = 'bar' | 'jsonl';

export interface ProgressReporter {
  event(event: IngestEvent): void;
  finish(summary: IngestSummary): void;
}

const BAR_WIDTH = 24;

function clock(seconds: number): string {
  if (!Number.isFinite(seconds)) return '—';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return `${h > 0 ? `${h}:${String(m).padStart(2, '0')}` : m}:${String(s % 60).padStart(2, '0')}`;
}

export function progressModeFor(io: CliIo): ProgressMode {
  return (io.stderr as { isTTY?: boolean }).isTTY ? 'bar' : 'jsonl';
}

export function createProgressReporter(io: CliIo, mode: ProgressMode, intervalMs = mode === 'bar' ? 150 : 1000): ProgressReporter {
  const started = performance.now();
  const state = { filesTotal: 0, filesDone: 0, stored: 0, unchanged: 0, errors: 0 };
  let lastDraw = 0;
  let drawn = false;

  const snapshot = () => {
    const seconds = (performance.now() - started) / 1000;
    const articles = state.stored + state.unchanged;
    const perSecond = seconds > 0 ? articles / seconds : 0;
    const eta = state.filesDone > 0 ? ((state.filesTotal - state.filesDone) * seconds) / state.filesDone : Number.POSITIVE_INFINITY;
    return { seconds, articles, perSecond, eta };
  };

  const draw = (force = false) => {
    const now = performance.now();
    if (!force && now - lastDraw < intervalMs) return;
    lastDraw = now;
    const { seconds, articles, perSecond, eta } = snapshot();
    if (mode === 'jsonl') {
      io.stdout.write(`${JSON.stringify({
        event: 'progress', files: state.filesDone, files_total: state.filesTotal, articles, stored: state.stored,
        unchanged: state.unchanged, errors: state.errors, per_second: Math.round(perSecond * 10) / 10,
        eta_seconds: Number.isFinite(eta) ? Math.round(eta) : null, elapsed_seconds: Math.round(seconds * 10) / 10,
      })}\n`);
      return;
    }
    const fraction = state.filesTotal > 0 ? state.filesDone / state.filesTotal : 0;
    const filled = Math.round(fraction * BAR_WIDTH);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}`;
    io.stderr.write(`\r\x1b[K${bar} ${state.filesDone}/${state.filesTotal} files · ${articles} articles (${state.stored} new) · ${perSecond.toFixed(1)}/s · ${state.errors} errors · ETA ${clock(eta)}`);
    drawn = true;
  };

  return {
    event(event) {
      switch (event.kind) {
        case 'files': state.filesTotal = event.total; break;
        case 'file-done': state.filesDone++; break;
        case 'article': state[event.status]++; break;
        case 'failure':
          state.errors++;
          if (drawn) io.stderr.write('\r\x1b[K');
          io.stderr.write(`rostrum: ${event.source}: ${event.reason}\n`);
          drawn = false;
          break;
      }
      draw();
    },
    finish(summary) {
      const line = {
        event: 'done', files: summary.files, articles: summary.articles, stored: summary.stored,
        unchanged: summary.unchanged, errors: summary.failed, seconds: Math.round(summary.seconds * 10) / 10,
        per_second: summary.seconds > 0 ? Math.round(((summary.stored + summary.unchanged) / summary.seconds) * 10) / 10 : 0,
        // The most memory the process held (extraction workers included), for capacity planning.
        peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
      };
      if (mode === 'jsonl') {
        io.stdout.write(`${JSON.stringify(line)}\n`);
        return;
      }
      draw(true);
      io.stderr.write('\n');
      io.stdout.write(`ingested ${summary.files} files: ${summary.stored} articles stored, ${summary.unchanged} already stored, ${summary.failed} errors in ${summary.seconds.toFixed(1)} s (${line.per_second}/s)\n`);
    },
  };
}
