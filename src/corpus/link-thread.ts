/**
 * Linking beside the writer for `rostrum ingest`: a worker thread (link-worker.js) owns the link
 * decisions, the candidate index and the statement cache, and reads on its own connection; the
 * thread that writes the store only inserts the rows it is handed. Linking one article costs the
 * writer its inserts, no longer its reads, ranking and scoring (session 4's profile: about 60% of
 * linking's time on the writer), and the two run at once on a multi-core machine.
 *
 * Like extract-pool.ts, the worker runs only from the compiled dist/; from TypeScript sources
 * (vitest) the same LinkSessions run in the calling thread, on a connection of their own as well.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PackedLinkPrep } from '../link/link-prep.js';
import { connectDatabase } from '../store/open-store.js';
import { LinkSessions, type LinkDecision } from './link-session.js';

/** A write session's linking: its articles' decisions, in order, as they come. */
export interface LinkBatch {
  decision(index: number): Promise<LinkDecision>;
  /** The write session ended; `clean` when it committed everything it was handed. */
  end(clean: boolean): void;
}

export interface LinkThread {
  /** Starts linking a write session's articles; call it once the session holds the write lock. */
  begin(preps: readonly PackedLinkPrep[]): LinkBatch;
  close(): Promise<void>;
}

/** Messages to the worker. */
export type LinkCommand =
  | { readonly type: 'begin'; readonly session: number; readonly preps: readonly PackedLinkPrep[] }
  | { readonly type: 'end'; readonly session: number; readonly clean: boolean }
  | { readonly type: 'close' };

/** Messages from the worker. */
export type LinkReport =
  | { readonly type: 'ready' }
  | { readonly type: 'failed'; readonly message: string }
  | { readonly type: 'decided'; readonly session: number; readonly decision: LinkDecision }
  | { readonly type: 'lost'; readonly session: number; readonly message: string };

/** Decisions by position, whichever comes first: the decision or the writer asking for it. */
class Decisions {
  private readonly waiting = new Map<number, { resolve: (d: LinkDecision) => void; reject: (e: Error) => void }>();
  private readonly arrived = new Map<number, LinkDecision>();
  private failure: Error | undefined;

  add(d: LinkDecision): void {
    const w = this.waiting.get(d.index);
    if (w === undefined) this.arrived.set(d.index, d);
    else {
      this.waiting.delete(d.index);
      w.resolve(d);
    }
  }

  /** No more decisions will come: everyone waiting, and everyone who asks later, gets `error`. */
  fail(error: Error): void {
    this.failure = error;
    for (const w of this.waiting.values()) w.reject(error);
    this.waiting.clear();
  }

  get(index: number): Promise<LinkDecision> {
    const d = this.arrived.get(index);
    if (d !== undefined) {
      this.arrived.delete(index);
      return Promise.resolve(d);
    }
    if (this.failure !== undefined) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => this.waiting.set(index, { resolve, reject }));
  }
}

const workerUrl = new URL('./link-worker.js', import.meta.url);

/** Opens the link thread on the database `target` names (already migrated by the store). */
export async function createLinkThread(target: string): Promise<LinkThread> {
  const compiled = import.meta.url.endsWith('.js') && existsSync(fileURLToPath(workerUrl));
  return compiled ? workerLinkThread(target) : inlineLinkThread(target);
}

function inlineLinkThread(target: string): LinkThread {
  const sessions = new LinkSessions(connectDatabase(target));
  let previous: Promise<void> = Promise.resolve();
  return {
    begin(preps) {
      const decisions = new Decisions();
      // One session at a time, as in the worker: the next starts after the last one's end.
      const run = previous.then(() => sessions.run(preps, (d) => decisions.add(d)));
      run.catch((error: Error) => decisions.fail(error));
      return {
        decision: (index) => decisions.get(index),
        end(clean) {
          previous = run.catch(() => undefined).then(() => sessions.end(clean));
        },
      };
    },
    async close() {
      await previous;
      await sessions.close();
    },
  };
}

async function workerLinkThread(target: string): Promise<LinkThread> {
  const worker = new Worker(workerUrl, { workerData: { target } });
  const sessions = new Map<number, Decisions>();
  let next = 0;
  let dead: Error | undefined;
  const die = (error: Error) => {
    dead ??= error;
    for (const d of sessions.values()) d.fail(dead);
  };
  await new Promise<void>((resolve, reject) => {
    worker.once('message', (m: LinkReport) => (m.type === 'ready' ? resolve() : reject(new Error(m.type === 'failed' ? m.message : 'link thread did not start'))));
    worker.once('error', reject);
  }).catch(async (error: Error) => {
    await worker.terminate();
    throw error;
  });
  worker.on('message', (m: LinkReport) => {
    if (m.type === 'decided') sessions.get(m.session)?.add(m.decision);
    if (m.type === 'lost') sessions.get(m.session)?.fail(new Error(m.message));
  });
  worker.on('error', (error) => die(new Error(`link thread failed: ${error.message}`)));
  worker.on('exit', () => die(new Error('link thread stopped')));
  const post = (command: LinkCommand) => worker.postMessage(command);
  return {
    begin(preps) {
      const session = next++;
      const decisions = new Decisions();
      sessions.set(session, decisions);
      if (dead) decisions.fail(dead);
      else post({ type: 'begin', session, preps });
      return {
        decision: (index) => decisions.get(index),
        end(clean) {
          sessions.delete(session);
          if (!dead) post({ type: 'end', session, clean });
        },
      };
    },
    async close() {
      if (dead) return;
      const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      post({ type: 'close' });
      await exited;
    },
  };
}
