/**
 * `rostrum serve` and `rostrum demo` as a user runs them: the real binary, a free loopback port,
 * the URL it prints, requests against it, and a clean exit on SIGTERM.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/rostrum.js', import.meta.url));

interface Running {
  readonly child: ChildProcessWithoutNullStreams;
  readonly url: string;
  output(): string;
}

/**
 * Starts the command and resolves with the URL it prints, once it has printed `ready` (its last
 * line before it waits for signals, so a SIGTERM from here finds the handler in place).
 */
function start(args: readonly string[], ready: RegExp, env: NodeJS.ProcessEnv = {}): Promise<Running> {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env } });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`no URL printed:\n${out}`)); }, 110_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
      if (m && ready.test(out)) { clearTimeout(timer); resolve({ child, url: m[0], output: () => out }); }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`exited ${code} before serving:\n${out}`)); });
  });
}

function stop(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.on('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

function run(args: readonly string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [BIN, ...args]);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => { stdout += c.toString(); });
  child.stderr.on('data', (c: Buffer) => { stderr += c.toString(); });
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

describe('rostrum serve', () => {
  it('serves the API on loopback, takes writes with the token, and stops on SIGTERM', async () => {
    const server = await start(['serve', '--memory', '--port', '0'], /writes (need|disabled)/, { ROSTRUM_TOKEN: 'cli-token' });
    try {
      expect(server.output()).toMatch(/writes need the token/);
      const doc = await (await fetch(`${server.url}openapi.json`)).json() as { openapi: string };
      expect(doc.openapi).toBe('3.1.0');
      const denied = await fetch(`${server.url}api/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'Valdoria.' }) });
      expect(denied.status).toBe(401);
      const stored = await fetch(`${server.url}api/articles`, {
        method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer cli-token' },
        body: JSON.stringify({ text: 'President Arvid Kallen of Valdoria met Irena Ostrova in Virport.', date: '2025-10-01' }),
      });
      expect(stored.status).toBe(201);
      const found = await (await fetch(`${server.url}api/search?q=Virport`)).json() as { total: number };
      expect(found.total).toBeGreaterThan(0);
    } finally {
      expect(await stop(server.child)).toBe(0);
    }
  }, 120_000);

  it('refuses bad options with a usage error', async () => {
    const result = await run(['serve', '--port', '99999']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--port/);
  });
});

describe('rostrum demo', () => {
  it('loads the bundled examples into a database and exits with --no-serve', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rostrum-demo-test-'));
    try {
      const db = join(dir, 'demo.db');
      const result = await run(['demo', '--db', db, '--no-serve']);
      expect(result.code, result.stderr).toBe(0);
      const loaded = Number(/(\d+) articles loaded/.exec(result.stdout)?.[1]);
      expect(loaded).toBeGreaterThanOrEqual(4);
      expect(existsSync(db)).toBe(true);
      const again = await run(['demo', '--db', db, '--no-serve']);
      expect(again.stdout).toMatch(new RegExp(`0 articles loaded \\(${loaded} already there\\)`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);

  it('serves the demo corpus and prints its URL', async () => {
    const demo = await start(['demo', '--port', '0'], /Ctrl\+C/);
    try {
      expect(demo.output()).toMatch(/Rostrum is running at http:\/\/127\.0\.0\.1:\d+\//);
      const result = await (await fetch(`${demo.url}api/search?q=${encodeURIComponent('开发银行')}`)).json() as { total: number };
      expect(result.total).toBeGreaterThan(0);
      const page = await fetch(demo.url);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    } finally {
      expect(await stop(demo.child)).toBe(0);
    }
  }, 120_000);
});
