import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { paintedRanges, paintedThroughout, waitForHighlights, waitForWholePage } from './support/highlights';
import { readSessionStorage } from './support/launch-extension';
import { setUpExtensionAndFixtures } from './support/set-up';
import { centreOfWord } from './support/word-point';

const LAB = 'laws/LAB_lbk2024-280_lov_om_en_aktiv_beskaeftigelsesindsats.html';

interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}
type Chrome = { chrome: { storage: { sync: StorageArea; local: StorageArea }; action: { getBadgeText(d: { tabId: number }): Promise<string> } } };

describe('settings, in Chromium', () => {
  const setUp = setUpExtensionAndFixtures();
  const panelUrl = (suffix = '') => `chrome-extension://${setUp.extension.extensionId}/sidepanel.html${suffix}`;

  /** Writes the user's settings as the panel does (the whole object goes through the same storage). */
  const writeSettings = (settings: Record<string, unknown>) =>
    setUp.extension.serviceWorker.evaluate(async (value) => {
      const { chrome } = globalThis as unknown as Chrome;
      const { settings: current } = await chrome.storage.sync.get('settings');
      await chrome.storage.sync.set({ settings: { ...(current as object | undefined), ...value } });
    }, settings);
  const resetSettings = () =>
    setUp.extension.serviceWorker.evaluate(async () => {
      const { chrome } = globalThis as unknown as Chrome;
      await chrome.storage.sync.remove('settings');
      await chrome.storage.local.remove('settings-kept-aside');
    });
  const tabKeys = async () => Object.keys(((await readSessionStorage(setUp.extension, 'page-terms')) as object | undefined) ?? {});
  /**
   * Opens a page and finds its tab id: the tab that reports its terms (or its state) first. Pages
   * report after their load, so every page opened before must have reported already.
   */
  const openTracked = async (path: string): Promise<{ page: Page; tabId: number }> => {
    const before = new Set(await tabKeys());
    const page = await setUp.extension.context.newPage();
    await page.goto(setUp.server.url(path));
    let found: string | undefined;
    await expect.poll(async () => (found = (await tabKeys()).find((key) => !before.has(key))), { timeout: 10_000 }).toBeDefined();
    return { page, tabId: Number(found) };
  };
  const texts = async (page: Page) => (await paintedRanges(page)).map((range) => range.text.toLowerCase());

  it('applies each setting to an open tab without a reload, and keeps it over a reload', async () => {
    await resetSettings();
    const { page, tabId } = await openTracked(LAB);
    const all = await paintedThroughout(page);
    // "fleksjob", "fleksjobbet", "fleksjobordningen" … name one entry ("fleksjobbevis" is another).
    const fleksjob = /^fleksjob(?:bet|bets|s|ordning|ordningen)?$/;
    const fleksjobs = all.filter((range) => fleksjob.test(range.text.toLowerCase())).length;
    expect(fleksjobs).toBeGreaterThan(1);
    // What a reader scrolling through sees, the page read whole, after a change of settings.
    const throughout = async () => (await paintedThroughout(page)).map((range) => range.text.toLowerCase());

    // The first occurrence of each entry only.
    await writeSettings({ occurrences: 'first' });
    await expect.poll(async () => (await throughout()).filter((text) => fleksjob.test(text)).length, { timeout: 15_000 }).toBe(1);

    // A category left out, by its former name (read as its successor, "tilbud og indsatser"): fleksjob is a scheme.
    await writeSettings({ occurrences: 'all', hiddenCategories: ['redskaber til personer med begrænsninger i arbejdsevnen'] });
    await expect.poll(async () => (await throughout()).length, { timeout: 15_000 }).toBeGreaterThan(300);
    expect((await throughout()).some((text) => fleksjob.test(text))).toBe(false);

    // The everyday words left out; the underline style.
    await writeSettings({ hiddenCategories: [], hideEveryday: true, style: 'underline' });
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('metodelup-term-underline'))).toBe(true);
    expect(await page.evaluate(() => CSS.highlights.has('metodelup-term'))).toBe(false);
    const underlined = await throughout();
    expect(underlined.some((text) => text.startsWith('jobcent'))).toBe(false);
    expect(underlined.filter((text) => fleksjob.test(text))).toHaveLength(fleksjobs);
    await page.screenshot({ path: 'test-results/settings-underline.png' });

    // Kept over a reload.
    await page.reload();
    await waitForWholePage(page);
    expect(await page.evaluate(() => CSS.highlights.has('metodelup-term-underline'))).toBe(true);
    expect((await texts(page)).some((text) => text.startsWith('jobcent'))).toBe(false);

    // Off on the site: every mark goes at once; on again: back.
    await writeSettings({ disabledSites: ['127.0.0.1'] });
    await expect.poll(async () => (await paintedRanges(page)).length, { timeout: 2000 }).toBe(0);
    await page.reload();
    await page.waitForTimeout(2500);
    expect(await paintedRanges(page)).toHaveLength(0);
    await writeSettings({ disabledSites: [] });
    await waitForHighlights(page, 10);

    // The badge off: no number on the toolbar button.
    const badge = () =>
      setUp.extension.serviceWorker.evaluate((id) => (globalThis as unknown as Chrome).chrome.action.getBadgeText({ tabId: id }), tabId);
    await expect.poll(badge).not.toBe('');
    await writeSettings({ badge: false });
    await expect.poll(badge).toBe('');
    await page.close();
    await resetSettings();
  });

  it('stops marking a term the caseworker knows, from the hover card, everywhere', async () => {
    await resetSettings();
    const page = await setUp.extension.context.newPage();
    await page.setViewportSize({ width: 900, height: 600 });
    await page.goto(setUp.server.url('pages/hover.html'));
    await waitForHighlights(page, 2);
    const box = (await page.evaluate(centreOfWord, ['top-left', 'fleksjobbet'] as const)) ?? { x: 0, y: 0 };
    await page.mouse.move(box.x, box.y);
    await expect.poll(() => page.getByRole('tooltip').count(), { timeout: 5000 }).toBe(1);
    await page.getByRole('tooltip').getByRole('button', { name: 'Jeg kender dette begreb' }).click();
    await expect.poll(async () => (await texts(page)).includes('fleksjobbet')).toBe(false);
    expect(await texts(page)).toContain('ips');
    // Listed in the settings, and reversible there.
    const panel = await setUp.extension.context.newPage();
    await panel.goto(panelUrl('#/settings'));
    await panel.getByRole('button', { name: 'Markér Fleksjob igen' }).click();
    await expect.poll(async () => (await texts(page)).includes('fleksjobbet')).toBe(true);
    await panel.close();
    await page.close();
  });

  it('keeps a page with a CPR number unmarked until it is allowed; a journal number of the same shape does not', async () => {
    await resetSettings();
    // Opened and reported first, so that the next page's report is told apart from this one's.
    const { page: journal } = await openTracked('pages/case-number.html');
    await waitForHighlights(journal, 2);

    const { page, tabId } = await openTracked('pages/case-system.html');
    await page.waitForTimeout(2500);
    expect(await paintedRanges(page)).toHaveLength(0);
    await expect.poll(async () => ((await readSessionStorage(setUp.extension, 'page-terms')) as Record<string, { state?: string }>)[String(tabId)]?.state).toBe('guarded');

    const panel = await setUp.extension.context.newPage();
    await panel.setViewportSize({ width: 400, height: 700 });
    await panel.goto(panelUrl(`?tab=${tabId}`));
    // The page's state, in its live region (the panel has others: the result count, the list's count).
    const status = panel.getByRole('status').and(panel.locator('.page-status__text'));
    await expect.poll(() => status.textContent()).toContain('CPR-nummer');
    await panel.screenshot({ path: 'test-results/sidepanel-guarded.png' });
    await panel.getByRole('button', { name: 'Tillad på dette websted' }).click();
    await waitForHighlights(page, 2);

    // A number that appears after load takes the marks away again (on another site the guard still holds).
    await writeSettings({ guardAllowedSites: [] });
    await page.reload();
    await page.waitForTimeout(2000);
    expect(await paintedRanges(page)).toHaveLength(0);
    await journal.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Borger: CPR 0101901234';
      document.body.append(p);
    });
    await expect.poll(async () => (await paintedRanges(journal)).length, { timeout: 3000 }).toBe(0);
    await panel.close();
    await page.close();
    await journal.close();
    await resetSettings();
  });

  it('pauses the page from the panel until it is resumed', async () => {
    await resetSettings();
    const { page, tabId } = await openTracked('pages/hover.html');
    await waitForHighlights(page, 2);
    const panel = await setUp.extension.context.newPage();
    await panel.setViewportSize({ width: 400, height: 700 });
    await panel.goto(panelUrl(`?tab=${tabId}`));
    await panel.getByRole('button', { name: 'Sæt på pause på denne side' }).click();
    await expect.poll(async () => (await paintedRanges(page)).length).toBe(0);
    await expect.poll(() => panel.getByRole('status').and(panel.locator('.page-status__text')).textContent()).toContain('pause');
    await panel.screenshot({ path: 'test-results/sidepanel-paused.png' });
    await panel.getByRole('button', { name: 'Genoptag' }).click();
    await waitForHighlights(page, 2);
    await panel.close();
    await page.close();
  });

  it('falls back to the defaults with a notice when the stored settings are corrupt, and keeps the bad value aside', async () => {
    await resetSettings();
    await setUp.extension.serviceWorker.evaluate(async () => {
      const { chrome } = globalThis as unknown as Chrome;
      await chrome.storage.sync.set({ settings: { enabled: 'maybe', style: 7 } });
    });
    const panel = await setUp.extension.context.newPage();
    await panel.setViewportSize({ width: 420, height: 1400 });
    await panel.goto(panelUrl('#/settings'));
    await expect.poll(() => panel.getByRole('alert').first().textContent()).toContain('kunne ikke læses');
    const kept = await setUp.extension.serviceWorker.evaluate(async () => {
      const { chrome } = globalThis as unknown as Chrome;
      return (await chrome.storage.local.get('settings-kept-aside'))['settings-kept-aside'];
    });
    expect(kept).toEqual([{ keptAt: expect.any(Number) as number, value: { enabled: 'maybe', style: 7 } }]);
    expect(await panel.getByRole('checkbox', { name: 'Markér begreber på websider' }).isChecked()).toBe(true);
    await panel.screenshot({ path: 'test-results/sidepanel-settings.png', fullPage: true });
    await panel.close();
    await resetSettings();
  });
});
