import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, readLocalStorage, startChromium } from './support/launch-extension';
import { markTimes, watchMarks, type MarkTimes } from './support/mark-times';
import { serveFixtures, type FixtureServer } from './support/serve-fixtures';

/** Six small pages with terms, as a caseworker opens them one after the other. */
const PAGES = ['simple.html', 'mixed.html', 'case-number.html', 'historical.html', 'own-terms.html', 'frame.html'].map((name) => `pages/${name}`);
const KNOWN_POLICY_KEY = 'knownPolicy';

/** How long after its first paint a page's first screen was marked (0 when it was marked before). */
const afterPaint = (times: MarkTimes) => (times.markedAt === undefined ? Infinity : Math.max(0, times.markedAt - (times.firstPaint ?? 0)));

/**
 * The browser's first seconds (issue 22). Right after Chromium starts, its first answer from the
 * managed store takes seconds (4.8–8 s measured here, with no policy at all); a page that waited for
 * it was marked 1.8–2.9 s late, or never when the reader moved on sooner. Each case starts the
 * browser again on a profile the extension has run in before, as a caseworker's browser starts in
 * the morning, and opens its pages at once, without waiting for the extension's background.
 */
describe('the first pages after the browser starts, in Chromium', () => {
  let server: FixtureServer;
  let profile: string;
  let context: BrowserContext | undefined;
  let closeBrowser: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    server = await serveFixtures();
    profile = mkdtempSync(join(tmpdir(), 'metodelup-cold-'));
  });
  afterAll(async () => {
    await closeBrowser?.();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  });

  /** Starts the browser again on the same profile; its first tab, ready to watch the marks. */
  const restart = async () => {
    await closeBrowser?.();
    ({ context, close: closeBrowser } = await startChromium({ profile }));
    const page = context.pages()[0] ?? (await context.newPage());
    await page.addInitScript(watchMarks);
    return page;
  };

  it("on the extension's first run, marks the first page once the store has answered, and keeps the answer", async () => {
    // No policy was ever known: the page waits for the managed store, as before issue 22.
    const first = await launchExtension({ profile });
    closeBrowser = first.close;
    const page = await first.context.newPage();
    await page.addInitScript(watchMarks);
    await page.goto(server.url(PAGES[0]!));
    await expect.poll(async () => (await markTimes(page)).markedAt, { timeout: 30_000 }).toBeDefined();
    console.log('first run, first page marked after its first paint:', Math.round(afterPaint(await markTimes(page))), 'ms');
    expect(await readLocalStorage(first, KNOWN_POLICY_KEY)).toMatchObject({ raw: {} });
  });

  it('marks six pages visited 1.2 s apart from the start, each while it is open, the first as soon as a later one', async () => {
    const page = await restart();
    const seen: MarkTimes[] = [];
    for (const path of PAGES) {
      const started = Date.now();
      await page.goto(server.url(path), { waitUntil: 'commit' });
      await page.waitForTimeout(Math.max(0, 1200 - (Date.now() - started)));
      seen.push(await markTimes(page));
    }
    console.log('first screen marked after its first paint (ms):', seen.map((times) => Math.round(afterPaint(times))).join(', '));
    expect(seen.filter((times) => times.markedAt !== undefined)).toHaveLength(PAGES.length);
    // Later, when the browser has long settled: the same first page, as a later page.
    await page.waitForTimeout(2000);
    const later = await context!.newPage();
    await later.addInitScript(watchMarks);
    await later.goto(server.url(PAGES[0]!));
    await expect.poll(async () => (await markTimes(later)).markedAt, { timeout: 10_000 }).toBeDefined();
    const settled = afterPaint(await markTimes(later));
    console.log('the same page later:', Math.round(settled), 'ms');
    // A generous bound, not a benchmark: before issue 22 the first page came 1.8–2.9 s after a later one.
    expect(afterPaint(seen[0]!)).toBeLessThan(settled + 600);
  });

  it('marks a page that changes every frame on a CPU slowed 4×, as the first page after the start', async () => {
    const page = await restart();
    const cdp = await context!.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(server.url('pages/clock.html'), { waitUntil: 'commit' });
    // Before issue 22: never marked in 15 s.
    await expect.poll(async () => (await markTimes(page)).markedAt, { timeout: 5000, interval: 100 }).toBeDefined();
    console.log('live page, 4× slower CPU, marked after its first paint:', Math.round(afterPaint(await markTimes(page))), 'ms');
  });
});
