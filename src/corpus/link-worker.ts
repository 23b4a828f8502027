/**
 * The link thread's worker (link-thread.ts): opens its own connection to the ingest's database,
 * then runs the writer's sessions one after another (link-session.ts), posting each article's
 * decision as soon as it is made. Commands are handled strictly in order: a session's end is
 * applied after its last decision, and the next session starts after that.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { connectDatabase } from '../store/open-store.js';
import { LinkSessions } from './link-session.js';
import type { LinkCommand, LinkReport } from './link-thread.js';

const port = parentPort!;
const post = (report: LinkReport) => port.postMessage(report);

let sessions: LinkSessions;
try {
  sessions = new LinkSessions(connectDatabase((workerData as { target: string }).target));
  post({ type: 'ready' });
} catch (error) {
  post({ type: 'failed', message: (error as Error).message });
  process.exit(1);
}

let queue: Promise<void> = Promise.resolve();
port.on('message', (command: LinkCommand) => {
  queue = queue.then(async () => {
    switch (command.type) {
      case 'begin':
        try {
          await sessions.run(command.preps, (decision) => post({ type: 'decided', session: command.session, decision }));
        } catch (error) {
          // Not one article's failure (those are decisions): the writer stops waiting for this session.
          post({ type: 'lost', session: command.session, message: (error as Error).message });
        }
        return;
      case 'end':
        sessions.end(command.clean);
        return;
      case 'close':
        await sessions.close();
        port.close();
        return;
    }
  });
});
