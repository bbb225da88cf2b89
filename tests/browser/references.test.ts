import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForWholePage } from './support/highlights';
import { readSessionStorage } from './support/launch-extension';
import { setUpExtensionAndFixtures } from './support/set-up';

const BARSELSLOVEN = 'laws/barselsloven_lbk2023-1180_retsinformation.html';

/**
 * Scrolls to the first place whose text matches `pattern`, and returns the
 * centre of the part of it the group `mark` caught, as the reader sees it. Runs in the page.
 */
function centreOf([pattern, mark]: readonly [string, string]): { x: number; y: number } | undefined {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    // The act's HTML breaks its lines anywhere: a space in the pattern is any white space.
    const found = new RegExp(pattern.replaceAll(' ', '\\s+'), 'u').exec(node.data);
    if (!found?.groups?.[mark]) continue;
    const start = found.index + found[0].indexOf(found.groups[mark]);
    node.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + 1);
    const rect = range.getBoundingClientRect();
    return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
  }
  return undefined;
}

/** The ranges registered as references, as the page itself sees them. */
const references = (page: Page) =>
  page.evaluate(() => {
    const highlight = CSS.highlights.get('metodelup-reference');
    return highlight ? [...highlight].length : 0;
  });

async function hover(page: Page, pattern: string, mark: string) {
  const point = await page.evaluate(centreOf, [pattern, mark] as const);
  expect(point, pattern).toBeDefined();
  // Let the window of registered ranges follow the scroll, then rest on the word.
  await page.waitForTimeout(400);
  await page.mouse.move(0, 0);
  await page.mouse.move(point?.x ?? 0, point?.y ?? 0);
  const card = page.getByRole('tooltip');
  await expect.poll(() => card.count(), { timeout: 5000 }).toBe(1);
  return card;
}

describe('references in an act, on the genuine retsinformation.dk page, in Chromium', () => {
  const setUp = setUpExtensionAndFixtures();

  it('shows § 7, stk. 1 where "jf. § 7, stk. 1" stands; "Gå til" goes there and Back returns', async () => {
    const page = await setUp.extension.context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.setViewportSize({ width: 1100, height: 750 });
    await page.goto(setUp.server.url(BARSELSLOVEN));
    await waitForWholePage(page);
    const card = await hover(page, 'fødslen, jf\\. (?<ref>§) 7, stk\\. 1,', 'ref');
    const spoken = (await card.getAttribute('aria-label')) ?? '';
    expect(spoken).toMatch(/^§ 7, stk\. 1: § 7\. En mor har ret og pligt til fravær i de første 2 uger efter en fødsel\. Herefter har hun ret til fravær i yderligere 8 uger\.$/u);
    expect(await card.locator('.card__provision').textContent()).toContain('En mor har ret og pligt til fravær');
    expect(await references(page)).toBeGreaterThan(5);
    await page.waitForTimeout(300); // the card's fade-in
    await page.screenshot({ path: 'test-results/reference-card.png' });

    const before = await page.evaluate(() => ({ y: window.scrollY, length: history.length }));
    await card.getByRole('button', { name: 'Gå til § 7, stk. 1' }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#P7');
    const target = await page.evaluate(() => {
      const rect = document.getElementById('Par7')?.getBoundingClientRect();
      return { top: rect?.top ?? -1, flashed: CSS.highlights.has('metodelup-flash'), length: history.length };
    });
    expect(target.top).toBeGreaterThanOrEqual(0);
    expect(target.top).toBeLessThan(750);
    expect(target.flashed).toBe(true);
    expect(target.length).toBe(before.length + 1);
    await page.screenshot({ path: 'test-results/reference-go-to.png' });
    await page.goBack();
    await expect.poll(() => page.evaluate(() => Math.round(window.scrollY))).toBe(Math.round(before.y));
    await page.close();
  });

  it('names another act and links its § in the current consolidation, never this page\'s provision; an act by name gets its card', async () => {
    const page = await setUp.extension.context.newPage();
    await page.setViewportSize({ width: 1100, height: 750 });
    await page.goto(setUp.server.url(BARSELSLOVEN));
    await waitForWholePage(page);
    const other = await hover(page, 'eller efter (?<ref>§) 11 i lov om retssikkerhed', 'ref');
    expect(await other.locator('.card__term').textContent()).toBe('§ 11 i retssikkerhedsloven');
    expect(await other.getByRole('link').getAttribute('href')).toBe('https://www.retsinformation.dk/eli/lta/2025/354#P11');
    expect(await other.textContent()).not.toContain('Gå til');
    await page.waitForTimeout(300);
    await page.screenshot({ path: 'test-results/reference-other-act.png' });
    await page.keyboard.press('Escape');
    const act = await hover(page, 'dagpenge efter (?<act>lov) om sygedagpenge eller dagpenge', 'act');
    expect(await act.locator('.card__term').textContent()).toBe('Lov om sygedagpenge');
    expect(await act.textContent()).toContain('LBK nr. 1221 af 9. oktober 2025');
    await page.close();
  });

  it('leaves the amending acts\' "§ 11" alone, and the panel says the page holds a consolidation since replaced', async () => {
    const page = await setUp.extension.context.newPage();
    await page.setViewportSize({ width: 1100, height: 750 });
    await page.goto(setUp.server.url(BARSELSLOVEN));
    await waitForWholePage(page);
    const inNotes = await page.evaluate(centreOf, ['jf\\. dog stk\\. 2\\. (?<ref>§) 11 finder alene', 'ref'] as const);
    await page.waitForTimeout(400);
    const registered = await page.evaluate(() => {
      const highlight = CSS.highlights.get('metodelup-reference');
      return [...(highlight ?? [])].some((range) => /§ 11 finder alene/u.test(range.startContainer.textContent?.slice(range.startOffset, range.startOffset + 30) ?? ''));
    });
    expect(inNotes).toBeDefined();
    expect(registered).toBe(false);

    const tabs = async () => Object.entries(((await readSessionStorage(setUp.extension, 'page-terms')) ?? {}) as Record<string, { act?: { id: string; eli?: string } }>);
    await expect.poll(async () => (await tabs()).find(([, tab]) => tab.act)?.[1].act).toEqual({ id: 'barselsloven', eli: '2023/1180' });
    const tabId = (await tabs()).find(([, tab]) => tab.act)?.[0];
    const panel = await setUp.extension.context.newPage();
    await panel.setViewportSize({ width: 400, height: 800 });
    await panel.goto(`chrome-extension://${setUp.extension.extensionId}/sidepanel.html?tab=${tabId ?? ''}#/`);
    const note = panel.locator('.consolidation-note');
    await expect.poll(() => note.textContent(), { timeout: 5000 }).toContain('Siden viser en tidligere udgave af barselsloven (nr. 1180 af 2023). Den gældende er LBK nr. 206 af 22. januar 2026.');
    expect(await note.getByRole('link', { name: /Åbn den gældende udgave/u }).getAttribute('href')).toBe('https://www.retsinformation.dk/eli/lta/2026/206');
    await panel.screenshot({ path: 'test-results/consolidation-note.png' });
    await panel.close();
    await page.close();
  });
});
