import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForHighlights, waitForWholePage } from './support/highlights';
import { readSessionStorage } from './support/launch-extension';
import { setUpExtensionAndFixtures } from './support/set-up';
import { centreOfWord } from './support/word-point';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The box of the first occurrence of `word` in the element with id `id`. */
function boxOf(page: Page, id: string, word: string): Promise<Box> {
  return page.evaluate(
    ([elementId, text]) => {
      const node = document.getElementById(elementId)?.firstChild as Text;
      const range = document.createRange();
      const start = node.data.indexOf(text);
      range.setStart(node, start);
      range.setEnd(node, start + text.length);
      const rect = range.getBoundingClientRect();
      return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
    },
    [id, word] as const,
  );
}

const tooltip = (page: Page) => page.getByRole('tooltip');

describe('the hover card, in Chromium', () => {
  const setUp = setUpExtensionAndFixtures();

  it('shows the definition after resting on a term, and Escape closes it', async () => {
    const page = await setUp.extension.context.newPage();
    await page.setViewportSize({ width: 900, height: 600 });
    await page.goto(setUp.server.url('pages/hover.html'));
    await waitForHighlights(page, 2);
    const term = await boxOf(page, 'top-left', 'fleksjobbet');
    await page.mouse.move(term.x + term.width / 2, term.y + term.height / 2);
    await expect.poll(() => tooltip(page).count(), { timeout: 5000 }).toBe(1);
    const name = await tooltip(page).getAttribute('aria-label');
    expect(name).toContain('Fleksjob');
    expect(name).toContain('varigt og væsentligt nedsat arbejdsevne');
    expect(await tooltip(page).textContent()).toContain('Lov om en aktiv beskæftigelsesindsats');
    // The card's code, loaded on this first card, ran in the content script's world, not the page's.
    expect(await page.evaluate(() => 'metodelupCardView' in globalThis)).toBe(false);
    const card = await tooltip(page).boundingBox();
    expect(card && card.y >= term.y + term.height).toBe(true);
    await page.screenshot({ path: 'test-results/hover-card.png' });
    await page.keyboard.press('Escape');
    await expect.poll(() => tooltip(page).count()).toBe(0);
    await page.close();
  });

  it('stays inside the viewport near its right and bottom edges, and never covers the term', async () => {
    const page = await setUp.extension.context.newPage();
    await page.setViewportSize({ width: 700, height: 500 });
    await page.goto(setUp.server.url('pages/hover.html'));
    await waitForHighlights(page, 2);
    const term = await boxOf(page, 'bottom-right', 'IPS');
    await page.mouse.move(term.x + term.width / 2, term.y + term.height / 2);
    await expect.poll(() => tooltip(page).count(), { timeout: 5000 }).toBe(1);
    await expect.poll(async () => (await tooltip(page).boundingBox())?.x ?? 0).toBeGreaterThan(0);
    const card = (await tooltip(page).boundingBox()) as Box;
    expect(card.x).toBeGreaterThanOrEqual(0);
    expect(card.y).toBeGreaterThanOrEqual(0);
    expect(card.x + card.width).toBeLessThanOrEqual(700);
    expect(card.y + card.height).toBeLessThanOrEqual(500);
    expect(card.y + card.height).toBeLessThanOrEqual(term.y);
    await page.screenshot({ path: 'test-results/hover-card-edge.png' });
    await page.close();
  });

  it('keyboard route: the next term comes into view with its card, one after another; Escape leaves', async () => {
    const page = await setUp.extension.context.newPage();
    await page.setViewportSize({ width: 900, height: 600 });
    await page.goto(setUp.server.url('pages/hover.html'));
    await waitForHighlights(page, 2);
    const tabs = async () => Object.keys((await readSessionStorage(setUp.extension, 'page-terms')) ?? {});
    await expect.poll(tabs).toHaveLength(1);
    const [tabId] = await tabs();
    const next = () =>
      setUp.extension.serviceWorker.evaluate(async (id) => {
        const { chrome } = globalThis as unknown as {
          chrome: { tabs: { sendMessage(tab: number, message: unknown, options: { frameId: number }): Promise<unknown> } };
        };
        await chrome.tabs.sendMessage(id, { type: 'show-next-term' }, { frameId: 0 });
      }, Number(tabId));
    await next();
    await expect.poll(async () => (await tooltip(page).getAttribute('aria-label')) ?? '', { timeout: 5000 }).toContain('Fleksjob');
    await next();
    await expect.poll(async () => (await tooltip(page).getAttribute('aria-label')) ?? '', { timeout: 5000 }).toContain('IPS');
    await page.keyboard.press('Escape');
    await expect.poll(() => tooltip(page).count()).toBe(0);
    await page.close();
  });

  it('goes from "fleksjobbet" on the LAB page to the entry: "Læs mere" asks for its detail view', async () => {
    const page = await setUp.extension.context.newPage();
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.goto(setUp.server.url('laws/LAB_lbk2024-280_lov_om_en_aktiv_beskaeftigelsesindsats.html'));
    await waitForWholePage(page);
    const term = await page.evaluate(centreOfWord, [null, 'fleksjobbet'] as const);
    expect(term).toBeDefined();
    await page.waitForTimeout(300);
    await page.mouse.move(term?.x ?? 0, term?.y ?? 0);
    await expect.poll(() => tooltip(page).count(), { timeout: 5000 }).toBe(1);
    expect(await tooltip(page).getAttribute('aria-label')).toContain('Fleksjob');
    await tooltip(page).getByRole('button', { name: 'Læs mere' }).click();
    await expect
      .poll(async () => ((await readSessionStorage(setUp.extension, 'entry-request')) as { entryId?: string } | undefined)?.entryId)
      .toBe('fleksjob');
    await page.close();
  });
});
