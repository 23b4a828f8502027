/**
 * What the end-to-end tests share: the built web UI (built here when `npm test` did not), the
 * demo corpus served on a free loopback port exactly as `rostrum demo` serves it, a headless
 * Chromium driven by playwright-core, and screenshots saved under test-artifacts/.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildApp } from '../../src/api/build-app.js';
import { exampleFiles, loadFiles } from '../../src/api/demo-corpus.js';
import { listen } from '../../src/api/serve-app.js';
import { StoreCorpus } from '../../src/api/store-adapter.js';
import { DEFAULT_WEB_ROOT } from '../../src/api/web-assets.js';
import type { ArticleRecord } from '../../src/record/article-record.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const ARTIFACTS = join(ROOT, 'test-artifacts');
export const CHROMIUM = process.env['ROSTRUM_CHROMIUM'] ?? '/usr/bin/chromium';
export const TOKEN = 'e2e-token';

export async function ensureWebBuilt(): Promise<void> {
  if (process.env['ROSTRUM_BUILT'] === '1' && existsSync(join(DEFAULT_WEB_ROOT, 'index.html'))) return;
  const { build } = await import('vite');
  await build({ configFile: join(ROOT, 'web/vite.config.ts'), logLevel: 'warn' });
}

export interface DemoServer {
  readonly url: string;
  close(): Promise<void>;
}

/** The demo corpus in a fresh SQLite file, plus any extra records, served on 127.0.0.1:<free port>. */
export async function startDemoServer(extra: readonly ArticleRecord[] = []): Promise<DemoServer> {
  const dir = mkdtempSync(join(tmpdir(), 'rostrum-e2e-'));
  const corpus = await StoreCorpus.open(join(dir, 'demo.db'));
  const summary = await loadFiles(corpus, exampleFiles());
  if (summary.failures.length > 0) throw new Error(`demo corpus failed to load: ${summary.failures.join('; ')}`);
  for (const record of extra) await corpus.addArticle(record, 'fixture');
  const app = await buildApp({ corpus, token: TOKEN });
  const url = await listen(app, '127.0.0.1', 0);
  return {
    url,
    async close() {
      await app.close();
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
