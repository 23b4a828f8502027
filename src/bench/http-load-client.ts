/**
 * The load generator of the HTTP benchmark, run in a worker thread so the clients do not share
 * the server's event loop: `concurrency` clients on keep-alive connections send GET requests to
 * a loopback base URL, round robin over the given paths, until `total` requests or the deadline,
 * and post every latency back. node:http rather than fetch: the generator must cost far less than
 * the server it measures. Loopback only: anything else is refused.
 */
import { Agent, request } from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

export interface LoadJob {
  readonly base: string;
  readonly paths: readonly string[];
  readonly concurrency: number;
  readonly total: number;
  readonly deadlineMs: number;
}

export interface LoadResult {
  readonly latencies: number[];
  readonly errors: number;
  readonly elapsedMs: number;
}

function get(agent: Agent, url: URL): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, method: 'GET' }, (res) => {
      res.on('data', () => undefined);
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

async function runJob(job: LoadJob): Promise<LoadResult> {
  if (!/^http:\/\/127\.0\.0\.1:\d+\/$/.test(job.base)) throw new Error(`refusing to load ${job.base}: loopback only`);
  const agent = new Agent({ keepAlive: true, maxSockets: job.concurrency });
  const urls = job.paths.map((p) => new URL(p, job.base));
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const stopAt = started + job.deadlineMs;
  const client = async () => {
    while (next < job.total && performance.now() < stopAt) {
      const url = urls[next % urls.length]!;
      next += 1;
      const t0 = performance.now();
      try {
        if ((await get(agent, url)) !== 200) errors += 1;
      } catch {
        errors += 1;
      }
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: job.concurrency }, client));
  agent.destroy();
  return { latencies, errors, elapsedMs: performance.now() - started };
}

if (parentPort && workerData) {
  const port = parentPort;
  runJob(workerData as LoadJob).then((result) => port.postMessage(result), (error: Error) => port.postMessage({ error: error.message }));
}
