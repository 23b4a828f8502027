/**
 * The Figures page's ledger in a real browser over the demo corpus loaded with linking, as `rostrum
 * demo` loads it. The seed has Tokayev put intra-SCO trade last year (2024) at "more than $650
 * billion"; a fictional institute in examples/outlets/valdorian-ledger puts it at $590 billion.
 * Both claims stand in one group, flagged, each linked to its article at the exact span, and the
 * group's disagreement names them. Screenshots go to test-artifacts/.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { ARTIFACTS, screenshot, useLinkedDemoPage } from './browser-harness.js';

const demo = useLinkedDemoPage();

const tradeGroup = () => demo.page.locator('.ledger-group', { has: demo.page.locator('.ledger-span', { hasText: '$590 billion' }) });
const claimWith = (group: Locator, span: string) => group.locator('.ledger-claim', { has: demo.page.locator('.ledger-span', { hasText: span }) });

describe('the Figures page ledger', () => {
  it('flags intra-SCO trade in 2024: the seed\'s "more than $650 billion" against a fictional $590 billion', async () => {
    await demo.page.goto(`${demo.server.url}#/search`);
    await demo.page.click('.main-nav a[href="#/figures"]');
    await demo.page.waitForSelector('.ledger-group');
    const group = tradeGroup();
    await expect.poll(() => group.count()).toBe(1);
    expect(await group.getAttribute('data-flagged')).toBe('true');
    const head = (await group.locator('.ledger-group-head').textContent())!;
    for (const part of ['trade', 'intra-regional', 'USD', '2024', 'values disagree']) expect(head).toContain(part);
    expect(await group.locator('.ledger-group-head a.entity').getAttribute('href')).toBe(`#/entity/${encodeURIComponent('organization:sco')}`);

    // The seed's claim, in Chinese and in its translations, with its speaker linked to his demo.page.
    const seed = claimWith(group, '超过6500亿美元');
    await expect.poll(() => seed.count()).toBe(1);
    expect(await seed.locator('.num').textContent()).toBe('more than $650B');
    expect(await seed.locator('.claimant a.entity').getAttribute('href')).toBe(`#/entity/${encodeURIComponent('person:kassym-jomart-tokayev')}`);
    const seedSpans = await seed.locator('.ledger-span').allTextContents();
    for (const span of ['more than $650 billion', 'более 650 млрд долларов']) expect(seedSpans).toContain(span);
    expect(await seed.locator('.ledger-source .date').first().textContent()).toBe('2025-09-01');

    // The fictional institute's estimate: said by the report itself, no speaker.
    const other = claimWith(group, '$590 billion');
    expect(await other.locator('.num').textContent()).toBe('$590B');
    expect(await other.locator('.claimant').textContent()).toBe('the report itself');
    expect(await other.locator('.ledger-context').textContent()).toContain('The Valdorian Trade Institute estimated');

    // Both are marked as conflicting, and one line of the disagreements names the two of them.
    expect(await seed.getAttribute('class')).toContain('is-conflicting');
    expect(await other.getAttribute('class')).toContain('is-conflicting');
    const seedNumber = (await seed.getAttribute('data-claim'))!;
    const otherNumber = (await other.getAttribute('data-claim'))!;
    const conflicts = await group.locator('.ledger-conflict').allTextContents();
    expect(conflicts.some((c) => c.includes(`${seedNumber} (more than $650B)`) && c.includes(`${otherNumber} ($590B)`))).toBe(true);

    // Disagreements come first: the flagged group is the first card, above the flat list.
    expect(await demo.page.locator('.ledger-group').first().getAttribute('data-flagged')).toBe('true');
    await screenshot(demo.page, 'figures-ledger');
    mkdirSync(ARTIFACTS, { recursive: true });
    await group.screenshot({ path: join(ARTIFACTS, 'figures-ledger-intra-sco-trade.png') });

    // The estimate opens its article with that very span.
    const link = other.locator('.ledger-span');
    expect(await link.getAttribute('href')).toMatch(/^#\/article\/[^?]+\?span=\d+-\d+$/);
    await link.click();
    await demo.page.waitForSelector('.article-text');
    expect(await demo.page.locator('.article-text').textContent()).toContain('at $590 billion');
  });

  it('shows only the groups that disagree when asked, and says so in the URL', async () => {
    await demo.page.goto(`${demo.server.url}#/figures`);
    await demo.page.waitForSelector('.ledger-group');
    const all = await demo.page.locator('.ledger-group').count();
    const flagged = await demo.page.locator('.ledger-group[data-flagged="true"]').count();
    expect(flagged).toBeGreaterThanOrEqual(1);
    expect(all).toBeGreaterThan(flagged);
    await demo.page.check('.ledger-toggle input');
    await expect.poll(() => demo.page.locator('.ledger-group').count()).toBe(flagged);
    expect(demo.page.url()).toContain('disagreements=1');
    expect(await tradeGroup().count()).toBe(1);
    await screenshot(demo.page, 'figures-ledger-disagreements');
    await demo.page.uncheck('.ledger-toggle input');
    await expect.poll(() => demo.page.locator('.ledger-group').count()).toBe(all);
  });

  it('names the measure in Chinese and Russian', async () => {
    await demo.page.goto(`${demo.server.url}#/figures?disagreements=1`);
    await demo.page.waitForSelector('.ledger-group');
    const head = tradeGroup().locator('.ledger-group-head');
    await demo.page.click('.ui-lang button:has-text("中文")');
    await expect.poll(() => head.locator('.ledger-measure').textContent()).toBe('贸易');
    expect(await head.textContent()).toContain('区域内');
    expect(await head.textContent()).toContain('数值不一致');
    await demo.page.click('.ui-lang button:has-text("Русский")');
    await expect.poll(() => head.locator('.ledger-measure').textContent()).toBe('торговля');
    expect(await head.textContent()).toContain('значения расходятся');
    await demo.page.click('.ui-lang button:has-text("English")');
  });

  it('raised no console error or page error', () => {
    expect(demo.problems).toEqual([]);
  });
});
