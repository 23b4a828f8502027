/**
 * The Statements page in a real browser over the demo corpus loaded with linking, as `rostrum
 * demo` loads it: the seed's "$650 billion" statement is one cluster whose reports come in
 * Chinese, Russian and English, each linked to its article at the exact span; and the initiative
 * page draws its timeline from the link layer. Screenshots go to test-artifacts/.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, screenshot, useLinkedDemoPage } from './browser-harness.js';

const demo = useLinkedDemoPage();

describe('the Statements page', () => {
  it('shows the $650 billion statement as one cluster reported in zh, ru and en', async () => {
    await demo.page.goto(`${demo.server.url}#/search`);
    await demo.page.click('.main-nav a[href="#/statements"]');
    await demo.page.waitForSelector('.statement-cluster');
    const cluster = demo.page.locator('.statement-cluster', { has: demo.page.locator('.member-span', { hasText: '6500亿美元' }) });
    await expect.poll(() => cluster.count()).toBe(1);
    // The demo holds the seed's Kazakh translation too, and outlets' reports beside examples/: at least zh, ru, en.
    const langs = (await cluster.getAttribute('data-langs'))!.split(' ');
    for (const lang of ['en', 'ru', 'zh']) expect(langs).toContain(lang);
    const byLang = new Map<string, string[]>();
    for (const member of await cluster.locator('.statement-member').all()) {
      const lang = (await member.getAttribute('data-lang'))!;
      byLang.set(lang, [...(byLang.get(lang) ?? []), (await member.locator('.member-span').textContent())!]);
    }
    expect(byLang.get('zh')!.some((text) => text.includes('6500亿美元'))).toBe(true);
    expect(byLang.get('ru')!.some((text) => text.includes('650 млрд'))).toBe(true);
    expect(byLang.get('en')!.some((text) => text.includes('$650 billion'))).toBe(true);
    expect(await cluster.locator('.evidence-tag').count()).toBeGreaterThan(0);
    expect(await cluster.locator('blockquote.canonical').textContent()).toBeTruthy();
    await cluster.scrollIntoViewIfNeeded();
    await screenshot(demo.page, 'statements-page');
    // The whole page is long: the cluster itself, readable.
    mkdirSync(ARTIFACTS, { recursive: true });
    await cluster.screenshot({ path: join(ARTIFACTS, 'statements-650-billion.png') });

    // The Russian report opens its article with that very span selected.
    const ru = cluster.locator('.statement-member[data-lang="ru"] .member-span').first();
    const ruText = (await ru.textContent())!;
    expect(await ru.getAttribute('href')).toMatch(/^#\/article\/[^?]+\?span=\d+-\d+$/);
    await ru.click();
    await demo.page.waitForSelector('.article-text');
    expect(await demo.page.locator('.article-text').textContent()).toContain(ruText);
  });

  it('filters by the text a report contains, in the interface language chosen', async () => {
    await demo.page.goto(`${demo.server.url}#/statements?contains=${encodeURIComponent('650 млрд')}`);
    await demo.page.waitForSelector('.statement-cluster');
    expect(await demo.page.locator('.statement-cluster').count()).toBeGreaterThanOrEqual(1);
    expect(await demo.page.locator('.statement-cluster').count()).toBeLessThan(5);
    await screenshot(demo.page, 'statements-filtered');
    await demo.page.click('.ui-lang button:has-text("中文")');
    await expect.poll(() => demo.page.locator('.main-nav a.on').textContent()).toBe('表态');
    await demo.page.click('.ui-lang button:has-text("Русский")');
    await expect.poll(() => demo.page.locator('.main-nav a.on').textContent()).toBe('Высказывания');
    await demo.page.click('.ui-lang button:has-text("English")');
  });

  it('draws the initiative timeline from the link layer', async () => {
    await demo.page.goto(`${demo.server.url}#/initiative/${encodeURIComponent('initiative:sco-development-bank')}`);
    await demo.page.waitForSelector('.initiative-page');
    await demo.page.waitForSelector('.link-timeline > li');
    const reports = await demo.page.locator('.link-timeline > li').first().locator('ul .lang-tag').allTextContents();
    for (const lang of ['en', 'ru', 'zh']) expect(reports).toContain(lang);
    // One stance reported in several languages is one dot on the chart, not one per report.
    expect(await demo.page.locator('.timeline > svg circle.dot').count()).toBe(await demo.page.locator('.link-timeline > li').count());
    await screenshot(demo.page, 'initiative-link-timeline');
  });

  it('raised no console error or page error', () => {
    expect(demo.problems).toEqual([]);
  });
});
