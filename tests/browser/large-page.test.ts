import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { combinedPage } from '../../scripts/bench/pages';
import { paintedRanges, waitForWholePage } from './support/highlights';
import { launchExtension, readSessionStorage, type LaunchedExtension } from './support/launch-extension';

/** The four acts with their body four times over (8,800 terms), a closed <details> and a last line. */
const largePage = () =>
  combinedPage(
    4,
    '<details id="more"><summary>Mere</summary><p id="inside">Borgeren fik mentorstøtte.</p></details><p id="last">Til sidst: fleksjob.</p>',
  );

/** Where the registered ranges lie, in screens from the top of the viewport, and how many are on it. */
const registeredPlaces = (page: import('playwright-core').Page) =>
  page.evaluate(() => {
    const places: number[] = [];
    for (const range of CSS.highlights.get('metodelup-term') ?? []) {
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      places.push(live.getBoundingClientRect().top / innerHeight);
    }
    return { count: places.length, onScreen: places.filter((y) => y >= 0 && y < 1).length, highest: Math.min(...places), lowest: Math.max(...places) };
  });

describe('a long page: only the terms near the reader are registered', () => {
  let extension: LaunchedExtension;
  beforeAll(async () => {
    extension = await launchExtension();
  });
  afterAll(() => extension.close());

  it('counts every term, registers those on and around the screen, and follows scrolling, a jump and an opened <details>', async () => {
    const page = await extension.context.newPage();
    await page.route('http://127.0.0.1:9/large.html', (route) => route.fulfill({ body: largePage(), contentType: 'text/html' }));
    await page.goto('http://127.0.0.1:9/large.html');
    await waitForWholePage(page, 30_000);

    const total = async () => {
      const tabs = ((await readSessionStorage(extension, 'page-terms')) ?? {}) as Record<string, { frames: Record<string, Record<string, number>> }>;
      const counts = Object.values(tabs)[0]?.frames['0'] ?? {};
      return Object.values(counts).reduce((sum, count) => sum + count, 0);
    };
    await expect.poll(total, { timeout: 30_000 }).toBeGreaterThan(8000);

    // In the middle of the page: the screen's terms, and about a screen's worth above and below.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    await expect.poll(async () => (await registeredPlaces(page)).onScreen).toBeGreaterThan(3);
    const middle = await registeredPlaces(page);
    expect(middle.count).toBeLessThan(300);
    expect(middle.highest).toBeGreaterThan(-3);
    expect(middle.lowest).toBeLessThan(4);
    await page.screenshot({ path: 'test-results/large-page-middle.png' });

    // Scrolled half a screen: the screen's terms are registered already (the margin), and the window follows.
    await page.evaluate(() => window.scrollBy({ top: innerHeight / 2, behavior: 'instant' }));
    expect((await registeredPlaces(page)).onScreen).toBeGreaterThan(3);
    await expect.poll(async () => (await registeredPlaces(page)).highest).toBeGreaterThan(-3);

    // A jump to the end (an anchor), and a <details> opened there.
    await page.evaluate(() => {
      location.hash = 'last';
    });
    await expect
      .poll(async () => (await paintedRanges(page)).filter((range) => range.where === 'last').map((range) => range.text), { timeout: 5000 })
      .toEqual(['fleksjob']);
    expect((await paintedRanges(page)).some((range) => range.where === 'inside')).toBe(false);
    await page.evaluate(() => {
      (document.getElementById('more') as HTMLDetailsElement).open = true;
    });
    await expect.poll(async () => (await paintedRanges(page)).filter((range) => range.where === 'inside').map((range) => range.text)).toEqual(['mentorstøtte']);
    expect((await registeredPlaces(page)).count).toBeLessThan(300);
    await page.close();
  });

  it('marks the first screen before the page has loaded (an image that never arrives), and the rest once it has', async () => {
    const page = await extension.context.newPage();
    await page.route('http://127.0.0.1:9/slow.html', (route) =>
      route.fulfill({ body: largePage().replace('</body>', '<img src="http://127.0.0.1:9/never.png" alt=""></body>'), contentType: 'text/html' }),
    );
    await page.route('http://127.0.0.1:9/never.png', () => new Promise(() => undefined));
    // When the page itself first sees a range registered, by its own clock.
    await page.addInitScript(() => {
      const look = () => {
        if ((CSS.highlights.get('metodelup-term')?.size ?? 0) > 0) (window as unknown as { markedAt: number }).markedAt = performance.now();
        else requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    await page.goto('http://127.0.0.1:9/slow.html', { waitUntil: 'domcontentloaded' });
    await expect.poll(async () => (await registeredPlaces(page)).onScreen, { timeout: 10_000 }).toBeGreaterThan(3);
    expect(await page.evaluate(() => document.readyState)).not.toBe('complete');
    // Marked within a moment of the page's first paint: not after waiting for a load (at most 2 s).
    const { markedAt, paintedAt } = await page.evaluate(() => ({
      markedAt: (window as unknown as { markedAt: number }).markedAt,
      paintedAt: performance.getEntriesByName('first-paint')[0]?.startTime ?? 0,
    }));
    expect(markedAt - paintedAt).toBeLessThan(1000);
    const first = await registeredPlaces(page);
    expect(first.highest).toBeGreaterThanOrEqual(0);
    await page.screenshot({ path: 'test-results/large-page-first-screen.png' });
    // The rest follows (after the longest wait for the load): the middle of the page is marked too.
    await waitForWholePage(page, 30_000);
    expect(await page.evaluate(() => document.readyState)).not.toBe('complete');
    await page.close();
  });
});
