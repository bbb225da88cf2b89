import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForHighlights } from './support/highlights';
import { setUpExtensionAndFixtures } from './support/set-up';
import { cardFor } from './support/cards';

/** Opens an act's page at a § and waits for its first screen. */
async function openAt(page: Page, url: string): Promise<void> {
  await page.setViewportSize({ width: 1000, height: 700 });
  await page.goto(url);
  await waitForHighlights(page, 2);
}

describe('the other half of the law, each word in its act\'s sense, in Chromium', () => {
  const setUp = setUpExtensionAndFixtures();

  it('on an a-kasse rules page, "rådighed" is the a-kasse\'s, with aktivloven\'s a click away', async () => {
    const page = await setUp.extension.context.newPage();
    await openAt(page, setUp.server.url('laws/arbejdsloeshedsforsikring_lbk2025-1077.html#P62'));
    const card = await cardFor(page, 'P62', 'rådighed');
    expect(card).toContain('Rådighed');
    expect(card).toContain('· efter lov om arbejdsløshedsforsikring');
    expect(card).toContain('Samme ord efter aktivloven');
    await page.screenshot({ path: 'test-results/areas-a-kasse.png' });
    await page.close();
  });

  it('on a pension page, personligt tillæg and helbredstillæg are the pension act\'s supplements', async () => {
    const page = await setUp.extension.context.newPage();
    await openAt(page, setUp.server.url('laws/social-pension_lbk2024-1123.html#P14'));
    expect(await cardFor(page, 'P14', 'Personligt tillæg')).toMatch(/Personligt tillæg[\s\S]*Lov om social pension/);
    expect(await cardFor(page, 'P14a', 'helbredstillæg')).toMatch(/Helbredstillæg[\s\S]*Lov om social pension/);
    await page.close();
  });

  it('on a serviceloven page, "aflastning" is serviceloven\'s, with the ældrelov\'s a click away', async () => {
    const page = await setUp.extension.context.newPage();
    await openAt(page, setUp.server.url('laws/serviceloven_lbk2025-1129.html#P84'));
    const card = await cardFor(page, 'P84', 'aflastning');
    expect(card).toContain('· efter serviceloven');
    expect(card).toContain('Samme ord efter ældreloven');
    await page.close();
  });

  it('narrows the panel\'s list by area and category from the keyboard', async () => {
    const page = await setUp.extension.context.newPage();
    await page.setViewportSize({ width: 400, height: 900 });
    await page.goto(`chrome-extension://${setUp.extension.extensionId}/sidepanel.html`);
    const all = page.getByRole('radio', { name: /^Alle/ }).first();
    await all.focus();
    // Arrow keys move through a radio group: to the first area, then on to the second.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const chosen = page.getByRole('radio', { checked: true }).first();
    const label = (await chosen.evaluate((input) => input.parentElement?.textContent ?? '')).replace(/\d+/g, '').trim();
    expect(label).toBe('Kontanthjælp og ydelser');
    const count = Number(/\d+/.exec((await page.locator('.browse__count').textContent()) ?? '')?.[0]);
    expect(count).toBeGreaterThan(20);
    expect(count).toBeLessThan(120);
    // Every group is open once narrowed; every entry listed belongs to the area.
    const groups = page.locator('details.browse__group');
    expect(await groups.count()).toBeGreaterThan(1);
    for (const open of await groups.evaluateAll((all) => all.map((group) => (group as HTMLDetailsElement).open))) expect(open).toBe(true);
    expect(await page.locator('.browse .result').count()).toBe(count);
    // The category group of radios narrows further.
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowRight');
    const narrower = Number(/\d+/.exec((await page.locator('.browse__count').textContent()) ?? '')?.[0]);
    expect(narrower).toBeLessThan(count);
    await page.screenshot({ path: 'test-results/sidepanel-areas.png', fullPage: false });
    await page.close();
  });
});
