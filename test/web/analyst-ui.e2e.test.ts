/**
 * The web UI in a real browser (Debian's chromium through playwright-core) over the demo corpus,
 * plus the fictional fixtures: the analyst's paths from the issue, markup shown as text, layers,
 * languages, and not one console error or CSP violation. Screenshots go to test-artifacts/.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createExtractor } from '../../src/extract/extractor.js';
import { ingestPath } from '../../src/ingest/index.js';
import { EN_RECORD, FICTIONAL_RECORDS, XSS_RECORD } from '../api/fixtures/fictional-records.js';
import {
  ensureWebBuilt, launchBrowser, screenshot, startDemoServer, TOKEN, watchDialogs, type DemoServer,
} from './browser-harness.js';

const TOKAYEV = 'person:kassym-jomart-tokayev';
const SEED = new URL('../../examples/000_57bb135459f8ca34.txt', import.meta.url).pathname;

let server: DemoServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let dialogs: string[];
const problems: string[] = [];

beforeAll(async () => {
  await ensureWebBuilt();
  server = await startDemoServer(FICTIONAL_RECORDS);
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1360, height: 900 }, locale: 'en-US' });
  // English unless a test asked to keep its choice (browser-side code, given as text: no DOM types here).
  await context.addInitScript("if (!sessionStorage.getItem('keep-lang')) localStorage.setItem('rostrum.uiLang', 'en');");
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
  dialogs = watchDialogs(page);
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
});

const open = async (hash: string) => {
  await page.goto(`${server.url}${hash}`);
  await page.waitForSelector('.page > *');
};

async function seedId(): Promise<string> {
  const [result] = await ingestPath(SEED);
  if (result?.kind !== 'article') throw new Error('the seed did not ingest');
  return (await createExtractor()).extract(result.article).id;
}

describe('the analyst\'s paths', () => {
  it('searches the demo corpus for 开发银行 and finds Tokayev\'s quote', async () => {
    await open('#/search');
    await page.fill('.search-bar input', '开发银行');
    await page.press('.search-bar input', 'Enter');
    await page.waitForSelector('.hit');
    const quote = page.locator('.hit-quote', { has: page.locator(`a.entity[title="${TOKAYEV}"]`) }).first();
    await expect.poll(() => quote.count(), { timeout: 10_000 }).toBe(1);
    expect(await quote.locator('mark.hit').first().textContent()).toBe('开发银行');
    await screenshot(page, 'search-development-bank');
  });

  it('opens the seed article with its quotes highlighted, and shows what a quote is', async () => {
    await open(`#/article/${await seedId()}`);
    await page.waitForSelector('.article-text');
    expect(await page.locator('.article-text .k-quote').count()).toBeGreaterThan(0);
    await page.locator('.article-text .k-quote').first().click();
    await expect.poll(() => page.locator('.details-panel .span-card').count()).toBeGreaterThan(0);
    expect(await page.locator(`.details-panel a.entity[title="${TOKAYEV}"]`).count()).toBeGreaterThan(0);
    await screenshot(page, 'seed-article-quotes');
  });

  it('shows Tokayev\'s page with quotes in Chinese, Russian and English', async () => {
    await open(`#/entity/${encodeURIComponent(TOKAYEV)}`);
    await page.waitForSelector('.quote-item');
    const langs = new Set(await page.locator('.quote-item .lang-tag').allTextContents());
    for (const lang of ['zh', 'ru', 'en']) expect(langs, `quotes in ${lang}`).toContain(lang);
    await screenshot(page, 'tokayev-page');
  });

  it('shows an initiative with its proposer and a timeline of stances', async () => {
    await open('#/initiative/initiative%3Avirport-development-centre');
    await page.waitForSelector('.timeline');
    expect(await page.locator('.timeline > svg circle.dot').count()).toBe(5);
    expect(await page.locator('.timeline .legend-item').count()).toBe(3);
    expect(await page.locator('.page-head a.entity').first().textContent()).toBe('Valdoria');
    expect(await page.locator('.stance-table tbody tr').count()).toBe(5);
    await screenshot(page, 'initiative-timeline');
  });

  it('lists the figures ledger grouped by what the figures measure', async () => {
    await open('#/figures');
    await page.waitForSelector('.ledger');
    expect(await page.locator('.ledger tr.group-row').count()).toBeGreaterThan(1);
    expect(await page.locator('.ledger tbody tr:not(.group-row)').count()).toBeGreaterThanOrEqual(3);
    await screenshot(page, 'figures-ledger');
  });
});

describe('markup in articles is text', () => {
  it('shows <script> from an ingested article as text and runs nothing', async () => {
    const body = { text: 'Irena Ostrova of Marenia wrote <script>alert(1)</script> and <img src=x onerror="alert(2)"> in a post.', date: '2025-12-02', title: '<script>alert(3)</script>' };
    const response = await fetch(`${server.url}api/articles`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, body: JSON.stringify(body),
    });
    expect(response.status).toBe(201);
    const { id } = await response.json() as { id: string };
    await open(`#/article/${id}`);
    await page.waitForSelector('.article-text');
    expect(await page.locator('.article-text').textContent()).toContain('<script>alert(1)</script>');
    expect(await page.locator('h1').textContent()).toBe('<script>alert(3)</script>');
    expect(await page.evaluate("document.querySelectorAll('.page script, .page img').length")).toBe(0);
    await open(`#/search?q=${encodeURIComponent('alert')}`);
    await page.waitForSelector('.hit');
    await open(`#/article/${XSS_RECORD.id}`);
    await page.waitForSelector('.article-text .k-quote');
    expect(await page.locator('.article-text .k-quote').textContent()).toBe('<script>alert(1)</script>');
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    await screenshot(page, 'markup-as-text');
  });
});

describe('the article view', () => {
  it('toggles layers and explains a figure', async () => {
    await open(`#/article/${EN_RECORD.id}`);
    await page.waitForSelector('.article-text .k-figure');
    await page.locator('.article-text .k-figure').first().click();
    const card = page.locator('.details-panel .span-card.card-figure');
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.textContent()).toMatch(/\$12B/);
    expect(await card.textContent()).toMatch(/more than/);
    await page.locator('label.l-quotes input').uncheck();
    expect(await page.locator('.article-text .k-quote').count()).toBe(0);
    await page.locator('label.l-quotes input').check();
    expect(await page.locator('.article-text .k-quote').count()).toBeGreaterThan(0);
    await screenshot(page, 'article-layers');
  });

  it('opens at the span a search hit points to', async () => {
    const quote = EN_RECORD.quotes[1]!;
    await open(`#/article/${EN_RECORD.id}?span=${quote.start}-${quote.end}`);
    await page.waitForSelector('.article-text .selected');
    expect(await page.locator('.details-panel .span-card').first().textContent()).toContain('direct quote');
  });

  it('extracts a pasted article in the playground', async () => {
    await open('#/playground');
    await page.click('text=Load a fictional sample');
    await page.click('button[type=submit]');
    await page.waitForSelector('.playground-result .article-text', { timeout: 30_000 });
    expect(await page.locator('.playground-result .article-text').textContent()).toContain('Arvid Kallen');
    await screenshot(page, 'playground');
  });
});

describe('interface languages', () => {
  it('switches between English, Chinese and Russian and remembers the choice', async () => {
    await open('#/search?q=Valdoria');
    await page.evaluate("sessionStorage.setItem('keep-lang', '1')");
    await page.click('.ui-lang button:has-text("中文")');
    expect(await page.locator('.main-nav a').first().textContent()).toBe('检索');
    await screenshot(page, 'ui-chinese');
    await page.click('.ui-lang button:has-text("Русский")');
    expect(await page.locator('.main-nav a').first().textContent()).toBe('Поиск');
    await page.reload();
    await page.waitForSelector('.main-nav a');
    expect(await page.locator('.main-nav a').first().textContent()).toBe('Поиск');
    expect(await page.evaluate('document.documentElement.lang')).toBe('ru');
    await page.evaluate("sessionStorage.removeItem('keep-lang')");
  });
});

describe('the console', () => {
  it('had no errors and no Content-Security-Policy violations on any page', () => {
    expect(problems).toEqual([]);
  });
});
