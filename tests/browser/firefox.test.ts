import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForHighlights } from './support/highlights';
import { launchFirefox } from './support/launch-firefox';
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
    const words = (await waitForHighlights(page, 500)).map((range) => range.text.toLowerCase());
    expect(words).toEqual(expect.arrayContaining(['fleksjob', 'løntilskud', 'jobcenteret']));
    expect(words.some((word) => word.startsWith('fleksjobbe'))).toBe(true);
    await page.close();
  });

  it('shows the hover card after resting on a term, from code that stays out of the page', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 900, height: 600 });
    await page.goto(server.url('pages/hover.html'));
    await waitForHighlights(page, 2);
    const point = await page.evaluate(() => {
      const node = document.getElementById('top-left')?.firstChild as Text;
      const range = document.createRange();
      const start = node.data.indexOf('fleksjobbet');
      range.setStart(node, start);
      range.setEnd(node, start + 'fleksjobbet'.length);
      const box = range.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    });
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
});
