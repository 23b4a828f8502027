/**
 * What the end-to-end tests share: the built web UI (built here when `npm test` did not), the
 * demo corpus served on a free loopback port exactly as `rostrum demo` serves it, a headless
 * Chromium driven by playwright-core, and screenshots saved under test-artifacts/.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../../src/api/build-app.js';
import { storeLinks } from '../../src/api/corpus-links.js';
import { exampleFiles, loadFiles } from '../../src/api/demo-corpus.js';
import { listen } from '../../src/api/serve-app.js';
import { StoreCorpus } from '../../src/api/store-adapter.js';
import { DEFAULT_WEB_ROOT } from '../../src/api/web-assets.js';
import type { ArticleRecord } from '../../src/record/article-record.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const ARTIFACTS = join(ROOT, 'test-artifacts');
export const CHROMIUM = process.env['ROSTRUM_CHROMIUM'] ?? '/usr/bin/chromium';
export const TOKEN = 'e2e-token';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Builds the UI once per test run, however many e2e files run in parallel: a second build would
 * empty dist/web under a page another file is loading. Workers of one run share a parent process;
 * a directory made with mkdir is the lock (atomic), a file named after that parent the "done".
 */
export async function ensureWebBuilt(): Promise<void> {
  if (process.env['ROSTRUM_BUILT'] === '1' && existsSync(join(DEFAULT_WEB_ROOT, 'index.html'))) return;
  const done = join(tmpdir(), `rostrum-web-built-${process.ppid}`);
  const lock = join(tmpdir(), 'rostrum-web-build.lock');
  for (let waited = 0; ; waited += 100) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // Another file is building; a lock older than two minutes was left by a killed run.
      if (waited > 120_000) rmSync(lock, { recursive: true, force: true });
      await sleep(100);
    }
  }
  try {
    if (existsSync(done) && existsSync(join(DEFAULT_WEB_ROOT, 'index.html'))) return;
    const { build } = await import('vite');
    await build({ configFile: join(ROOT, 'web/vite.config.ts'), logLevel: 'warn' });
    writeFileSync(done, '');
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export interface DemoServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * The demo corpus in a fresh SQLite file, plus any extra records, served on 127.0.0.1:<free port>.
 * With `linked`, loaded through the linker into the link tables, exactly as `rostrum demo` loads it.
 */
export async function startDemoServer(extra: readonly ArticleRecord[] = [], options: { readonly linked?: boolean } = {}): Promise<DemoServer> {
  const dir = mkdtempSync(join(tmpdir(), 'rostrum-e2e-'));
  const target = join(dir, 'demo.db');
  const corpus = await StoreCorpus.open(target);
  const links = options.linked ? await storeLinks(corpus, target) : null;
  const summary = await loadFiles(corpus, exampleFiles(), undefined, links?.link);
  if (summary.failures.length > 0) throw new Error(`demo corpus failed to load: ${summary.failures.join('; ')}`);
  for (const record of extra) await corpus.addArticle(record, 'fixture');
  const app = await buildApp({ corpus, token: TOKEN, ...(links ? { links: links.source } : {}) });
  const url = await listen(app, '127.0.0.1', 0);
  return {
    url,
    async close() {
      await app.close();
      await links?.close();
      await corpus.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`no Chromium at ${CHROMIUM}: install Debian's chromium (.ci/run does) or set ROSTRUM_CHROMIUM`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Every dialog (alert, confirm) a page opens: an article's markup must never open one. */
export function watchDialogs(page: Page): string[] {
  const opened: string[] = [];
  page.on('dialog', (dialog) => {
    opened.push(dialog.message());
    void dialog.dismiss();
  });
  return opened;
}

export interface LinkedDemoPage {
  readonly server: DemoServer;
  readonly browser: Browser;
  readonly page: Page;
  /** Console errors and uncaught page errors seen so far: a test expects none. */
  readonly problems: string[];
  close(): Promise<void>;
}

/** The demo corpus served with its links, and one English page in a real browser watching for errors. */
export async function openLinkedDemoPage(): Promise<LinkedDemoPage> {
  await ensureWebBuilt();
  const server = await startDemoServer([], { linked: true });
  const browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, locale: 'en-US' });
  await context.addInitScript("localStorage.setItem('rostrum.uiLang', 'en');");
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  watchDialogs(page);
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  return {
    server, browser, page, problems,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * The linked demo page for a whole test file: opened before its tests and closed after them. Its
 * parts are read while a test runs, the only time they exist.
 */
export function useLinkedDemoPage(): LinkedDemoPage {
  let demo: LinkedDemoPage | undefined;
  beforeAll(async () => {
    demo = await openLinkedDemoPage();
  }, 240_000);
  afterAll(async () => {
    await demo?.close();
  });
  const opened = (): LinkedDemoPage => {
    if (demo === undefined) throw new Error('the linked demo page opens in beforeAll: read it inside a test');
    return demo;
  };
  return {
    get server() { return opened().server; },
    get browser() { return opened().browser; },
    get page() { return opened().page; },
    get problems() { return opened().problems; },
    close: () => opened().close(),
  };
}
