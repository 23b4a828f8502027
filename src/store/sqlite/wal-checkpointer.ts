/**
 * Checkpoints a SQLite database's WAL from a thread of its own while an ingest writes. A
 * checkpoint copies the WAL's pages into the database file and waits for the disk (fsync); done
 * by the writing connection, as SQLite's automatic checkpoint is, it stalls the writer inside a
 * commit for 150 ms and more every few batches. A second connection in another thread can
 * checkpoint (PASSIVE: never blocking the writer) while the writer goes on, and once the WAL is
 * long (~64 MB) restart it, which holds the writer only for the frames the last pass missed. The
 * writer's own automatic checkpoint stays on, at a larger size, as a backstop should this thread lag.
 *
 * The worker is started from source text, so it needs no compiled file of its own (tests run from
 * TypeScript sources); it loads better-sqlite3 from the path this module resolves.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path);
db.pragma('busy_timeout = 1000');
const tick = () => {
  try {
    const [state] = db.pragma('wal_checkpoint(PASSIVE)');
    // A passive checkpoint never catches a writer that never pauses, so the WAL would only grow.
    // Once it is long, RESTART waits for the current commit, copies the few frames left and lets
    // the next commit start the WAL from its beginning (its file then shrinks to the size limit).
    if (state && state.log > workerData.restartFrames) db.pragma('wal_checkpoint(RESTART)');
  } catch {}
};
const timer = setInterval(tick, workerData.everyMs);
parentPort.on('message', () => { clearInterval(timer); tick(); db.close(); parentPort.close(); });
`;

export interface WalCheckpointer {
  stop(): Promise<void>;
}

/** Starts checkpointing `path` every `everyMs` from a worker thread; `stop` runs a last one. */
export function startWalCheckpointer(path: string, everyMs = 250, restartFrames = 16_000): WalCheckpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, path, everyMs, restartFrames } });
  worker.unref();
  // A failure here only means the writer's own automatic checkpoint does the work again.
  worker.on('error', () => undefined);
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  return {
    stop: async () => {
      // Referenced again, or the process could exit before the last checkpoint ends.
      worker.ref();
      worker.postMessage('stop');
      await exited;
    },
  };
}
