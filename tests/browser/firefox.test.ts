import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paintedRanges, paintedThroughout, waitForHighlights, waitForWholePage } from './support/highlights';
import { launchFirefox } from './support/launch-firefox';
import { centreOfWord } from './support/word-point';
import { serveFixtures, type FixtureServer } from './support/serve-fixtures';

const LAB = 'laws/LAB_lbk2024-280_lov_om_en_aktiv_beskaeftigelsesindsats.html';

/** The accessible name of the hover card, read through its open shadow root; null while none shows. */
const cardName = (page: Page) =>
  page.evaluate(
    () => document.querySelector('metodelup-hover-card')?.shadowRoot?.querySelector('[role=tooltip]')?.getAttribute('aria-label') ?? null,
  );

describe('the Firefox build, in Firefox', () => {
  let browser: Browser;
  let server: FixtureServer;
  beforeAll(async () => {
    mkdirSync('test-results', { recursive: true });
    [browser, server] = await Promise.all([launchFirefox(), serveFixtures()]);
  }, 60_000);
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  it('highlights the LAB page with the Highlight API, inflected forms included', async () => {
    const page = await browser.newPage();
    await page.goto(server.url(LAB));
    const painted = await paintedThroughout(page);
    expect(painted.length).toBeGreaterThan(500);
    const words = painted.map((range) => range.text.toLowerCase());
    expect(words).toEqual(expect.arrayContaining(['fleksjob', 'løntilskud', 'jobcenteret']));
    expect(words.some((word) => word.startsWith('fleksjobbe'))).toBe(true);
    await page.close();
  });

  it('shows the hover card after resting on a term, from code that stays out of the page', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 900, height: 600 });
    await page.goto(server.url('pages/hover.html'));
    await waitForHighlights(page, 2);
    const point = (await page.evaluate(centreOfWord, ['top-left', 'fleksjobbet'] as const)) ?? { x: 0, y: 0 };
    await page.mouse.move(point.x - 40, point.y);
    await page.mouse.move(point.x, point.y);
    let name: string | null = null;
    for (let waited = 0; !name && waited < 6000; waited += 200) {
      await new Promise((done) => setTimeout(done, 200));
      name = await cardName(page);
    }
    expect(name).toContain('Fleksjob');
    expect(name).toContain('varigt og væsentligt nedsat arbejdsevne');
    expect(await page.evaluate(() => 'metodelupCardView' in globalThis)).toBe(false);
    await page.screenshot({ path: 'test-results/firefox-hover-card.png' });
    await page.keyboard.press('Escape');
    await new Promise((done) => setTimeout(done, 300));
    expect(await cardName(page)).toBeNull();
    await page.close();
  });

  it('follows a setting made in another tab at once: "I know this term" on one page unmarks the term on another', async () => {
    const other = await browser.newPage();
    await other.goto(server.url(LAB));
    await waitForWholePage(other);
    // An occurrence of fleksjob on the other page's screen, marked.
    await other.evaluate(centreOfWord, [null, 'fleksjobbet'] as const);
    const fleksjob = async (target: Page) =>
      // "fleksjob", "fleksjobbet", "fleksjobordningen" … name one entry ("fleksjobbevis" is another).
      (await paintedRanges(target)).filter((range) => /^fleksjob(?:bet|bets|s|ordning|ordningen)?$/.test(range.text.toLowerCase())).length;
    for (let waited = 0; (await fleksjob(other)) === 0 && waited < 3000; waited += 100) await new Promise((done) => setTimeout(done, 100));
    expect(await fleksjob(other)).toBeGreaterThan(0);
    const page = await browser.newPage();
    await page.setViewport({ width: 900, height: 600 });
    await page.goto(server.url('pages/hover.html'));
    await waitForHighlights(page, 2);
    const point = (await page.evaluate(centreOfWord, ['top-left', 'fleksjobbet'] as const)) ?? { x: 0, y: 0 };
    await page.mouse.move(point.x - 40, point.y);
    await page.mouse.move(point.x, point.y);
    const known = () =>
      page.evaluate(() => {
        // Firefox here runs in English: "I know this term".
        const button = document.querySelector('metodelup-hover-card')?.shadowRoot?.querySelector<HTMLButtonElement>('button.card__known');
        button?.click();
        return !!button;
      });
    let clicked = false;
    for (let waited = 0; !clicked && waited < 6000; waited += 200) {
      await new Promise((done) => setTimeout(done, 200));
      clicked = await known();
    }
    expect(clicked).toBe(true);
    for (let waited = 0; (await fleksjob(other)) > 0 && waited < 3000; waited += 100) await new Promise((done) => setTimeout(done, 100));
    expect(await fleksjob(other)).toBe(0);
    expect(await fleksjob(page)).toBe(0);
    expect((await paintedRanges(other)).length).toBeGreaterThan(5);
    await page.close();
    await other.close();
  });

  it('keeps a page with a CPR number unmarked, and marks a journal number of the same shape', async () => {
    const journal = await browser.newPage();
    await journal.goto(server.url('pages/case-number.html'));
    await waitForHighlights(journal, 1);
    const page = await browser.newPage();
    await page.goto(server.url('pages/case-system.html'));
    await new Promise((done) => setTimeout(done, 2500));
    expect(await paintedRanges(page)).toHaveLength(0);
    await page.close();
    await journal.close();
  });
});
