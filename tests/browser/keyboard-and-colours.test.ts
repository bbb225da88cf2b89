import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForHighlights } from './support/highlights';
import { writeSessionStorage } from './support/launch-extension';
import { openPageWithTerms } from './support/page-with-terms';
import { setUpExtensionAndFixtures } from './support/set-up';
import { centreOfWord } from './support/word-point';

/** What has the focus, and whether it shows: an outline of at least 2 px. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return { name: '', role: '', ring: false };
    const style = getComputedStyle(element);
    return {
      name: (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 60),
      role: element.getAttribute('role') ?? element.localName,
      ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
    };
  });

/** Tabs through every stop of the view (at most `limit`) and returns the stops whose focus does not show. */
async function stopsWithoutRing(page: Page, limit = 60): Promise<string[]> {
  const missing: string[] = [];
  const seen = new Set<string>();
  for (let step = 0; step < limit; step += 1) {
    await page.keyboard.press('Tab');
    const stop = await focused(page);
    const key = await page.evaluate(() => {
      const element = document.activeElement;
      return element ? `${element.localName}:${[...(element.parentElement?.children ?? [])].indexOf(element)}:${element.textContent?.slice(0, 30) ?? ''}` : '';
    });
    if (!stop.role || seen.has(key)) break;
    seen.add(key);
    if (!stop.ring) missing.push(`${stop.role} "${stop.name}"`);
  }
  return missing;
}

/** The colour a system colour keyword stands for here, as computed styles give it. */
const systemColour = (page: Page, keyword: string) =>
  page.evaluate((name) => {
    const probe = document.createElement('span');
    probe.style.color = name;
    document.documentElement.append(probe);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  }, keyword);

describe('keyboard, announcements and forced colours, in Chromium', () => {
  const setUp = setUpExtensionAndFixtures();
  const panelUrl = (suffix = '') => `chrome-extension://${setUp.extension.extensionId}/sidepanel.html${suffix}`;

  it('goes search → detail → back → settings with the keyboard alone, the focus visible at every stop', async () => {
    await writeSessionStorage(setUp.extension, { 'panel-query': '', 'panel-results': null });
    const panel = await setUp.extension.context.newPage();
    await panel.setViewportSize({ width: 400, height: 800 });
    await panel.goto(panelUrl());
    await expect.poll(async () => (await focused(panel)).role).toBe('combobox');
    const search = panel.getByRole('combobox', { name: 'Søg i ordlisten' });
    await panel.keyboard.type('mentor');
    await expect.poll(() => search.getAttribute('aria-expanded')).toBe('true');
    // The first result is selected as one types; ↓ moves to the next, ↑ back (APG combobox).
    expect(await panel.getByRole('option').first().getAttribute('aria-selected')).toBe('true');
    await panel.keyboard.press('ArrowDown');
    await expect.poll(() => search.getAttribute('aria-activedescendant')).toBe(await panel.getByRole('option').nth(1).getAttribute('id'));
    await panel.keyboard.press('ArrowUp');
    await expect.poll(() => search.getAttribute('aria-activedescendant')).toBe('result-mentorstoette');
    await panel.screenshot({ path: 'test-results/keyboard-results.png' });
    await panel.keyboard.press('Enter');

    // The detail view: the focus is on its heading; "back" is the stop before it.
    await expect.poll(async () => (await focused(panel)).name).toBe('Mentorstøtte');
    await panel.keyboard.press('Shift+Tab');
    expect(await focused(panel)).toEqual({ name: '← Tilbage til søgningen', role: 'a', ring: true });
    await panel.keyboard.press('Enter');

    // Back in the search, with the query; the settings are one stop before it.
    await expect.poll(async () => (await focused(panel)).role).toBe('combobox');
    expect(await search.inputValue()).toBe('mentor');
    await panel.keyboard.press('Shift+Tab');
    expect(await focused(panel)).toEqual({ name: 'Indstillinger', role: 'a', ring: true });
    await panel.keyboard.press('Enter');
    // On the extension's first run the settings wait for the managed store's first answer.
    await expect.poll(async () => (await focused(panel)).name, { timeout: 15_000 }).toBe('Indstillinger');
    expect(await stopsWithoutRing(panel)).toEqual([]);
    await panel.screenshot({ path: 'test-results/keyboard-settings.png' });

    // Every stop of the detail view, the start view and the own entries shows its focus too.
    await panel.goto(panelUrl('#/entry/ressourceforloeb'));
    await expect.poll(async () => (await focused(panel)).name).toBe('Ressourceforløb');
    expect(await stopsWithoutRing(panel)).toEqual([]);
    await panel.goto(panelUrl('#/'));
    await search.fill('');
    expect(await stopsWithoutRing(panel, 30)).toEqual([]);
    await panel.goto(panelUrl('#/own'));
    expect(await stopsWithoutRing(panel)).toEqual([]);
    await panel.close();
  });

  it('announces the result count and the page being paused or turned off politely, from regions that were there before', async () => {
    const { page, tabId } = await openPageWithTerms(setUp);
    const panel = await setUp.extension.context.newPage();
    await panel.goto(panelUrl(`?tab=${tabId ?? ''}`));
    const regions = panel.locator('[role=status]');
    await panel.getByRole('button', { name: 'Sæt på pause på denne side' }).waitFor();
    // Each region is marked now; a region that is replaced rather than changed would lose the mark.
    await regions.evaluateAll((elements) => elements.forEach((element) => element.setAttribute('data-was-here', '')));
    const announced = () => panel.locator('[role=status][data-was-here]').allTextContents();

    await panel.getByRole('combobox').fill('fleks');
    await expect.poll(() => panel.getByRole('option').count()).toBeGreaterThan(1);
    await expect.poll(announced).toContain(`${await panel.getByRole('option').count()} opslag fundet.`);
    await panel.getByRole('combobox').fill('');
    await panel.getByRole('button', { name: 'Sæt på pause på denne side' }).click();
    await expect.poll(announced, { timeout: 10_000 }).toContain('Markering er sat på pause på denne side.');
    await panel.getByRole('button', { name: 'Genoptag' }).click();
    await panel.getByRole('button', { name: /^Slå fra på/ }).click();
    await expect.poll(announced, { timeout: 10_000 }).toContain('Metodelup er slået fra på 127.0.0.1.');
    await panel.getByRole('button', { name: 'Slå til igen' }).click();
    await expect.poll(announced).toEqual(['', '']);
    expect(await panel.locator('[aria-live=assertive], [role=alert]').count()).toBe(0);
    await panel.close();
    await page.close();
  });

  it('keeps the marks, the card and the panel visible in forced colours, in the system colours', async () => {
    const page = await setUp.extension.context.newPage();
    await page.emulateMedia({ forcedColors: 'active' });
    await page.setViewportSize({ width: 900, height: 500 });
    await page.goto(setUp.server.url('pages/historical.html'));
    await waitForHighlights(page, 2);
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
    const markStyle = await page.evaluate(() => {
      const node = document.getElementById('decision')!;
      const style = getComputedStyle(node, '::highlight(metodelup-term)');
      return { background: style.backgroundColor, color: style.color };
    });
    expect(markStyle).toEqual({ background: await systemColour(page, 'Mark'), color: await systemColour(page, 'MarkText') });
    const point = await page.evaluate(centreOfWord, ['decision', 'ressourceforløb'] as const);
    await page.mouse.move(point!.x, point!.y);
    const card = page.getByRole('tooltip');
    await card.waitFor();
    const frame = await card.evaluate((element) => {
      const style = getComputedStyle(element);
      return { border: `${style.borderTopWidth} ${style.borderTopStyle} ${style.borderTopColor}`, background: style.backgroundColor };
    });
    expect(frame).toEqual({ border: `2px solid ${await systemColour(page, 'CanvasText')}`, background: await systemColour(page, 'Canvas') });
    await page.screenshot({ path: 'test-results/forced-colors-page.png' });

    const panel = await setUp.extension.context.newPage();
    await panel.emulateMedia({ forcedColors: 'active' });
    await panel.setViewportSize({ width: 400, height: 600 });
    await panel.goto(panelUrl());
    await panel.getByRole('combobox').fill('fleks');
    await panel.getByRole('combobox').press('ArrowDown');
    const marked = await panel.locator('mark').first().evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(marked).toBe(await systemColour(panel, 'Mark'));
    const active = await panel.locator('.result--active .result__link').evaluate((element) => getComputedStyle(element).outlineColor);
    expect(active).toBe(await systemColour(panel, 'Highlight'));
    await panel.screenshot({ path: 'test-results/forced-colors-panel.png' });
    await panel.close();
    await page.close();
  });
});
