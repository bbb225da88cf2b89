import { describe, expect, it } from 'vitest';
import { paintedRanges, waitForHighlights, waitForWholePage } from './support/highlights';
import { setUpExtensionAndFixtures } from './support/set-up';
import { cardFor as hover, tooltip } from './support/cards';
import { centreOfWord } from './support/word-point';

describe('one word, several schemes: the page\'s act decides, in Chromium', () => {
  const setUp = setUpExtensionAndFixtures();

  it('explains "hjælpemidler" on a serviceloven page in serviceloven\'s sense, and offers the employment sense in one click', async () => {
    const page = await setUp.extension.context.newPage();
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.goto(setUp.server.url('laws/serviceloven_lbk2025-1129.html#P112'));
    await waitForHighlights(page, 3);
    const card = await hover(page, 'P112', 'hjælpemidler');
    expect(card).toContain('· efter serviceloven');
    expect(card).toContain('Lov om social service');
    expect(card).toContain('§ 112');
    await page.screenshot({ path: 'test-results/senses-serviceloven.png' });
    await tooltip(page).getByRole('button', { name: /Samme ord efter/ }).first().click();
    await expect.poll(async () => (await tooltip(page).textContent()) ?? '').toMatch(/beskæftigelsesindsats|kompensation/i);
    await page.close();
  });

  it('marks "borgerstyret personlig assistance" as one term, never as its last two words', async () => {
    const page = await setUp.extension.context.newPage();
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.goto(setUp.server.url('laws/serviceloven_lbk2025-1129.html#P96'));
    await waitForHighlights(page, 3);
    const texts = (await paintedRanges(page)).filter((range) => range.where === 'P96').map((range) => range.text.toLowerCase());
    expect(texts).toContain('borgerstyret personlig assistance');
    expect(texts).not.toContain('personlig assistance');
    const card = await hover(page, 'P96', 'personlig assistance');
    expect(card).toContain('Borgerstyret personlig assistance');
    expect(card).toContain('§ 96');
    await page.close();
  });

  it('explains "hjælpemidler" on a LAB page in the employment sense, and offers serviceloven\'s', async () => {
    const page = await setUp.extension.context.newPage();
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.goto(setUp.server.url('laws/LAB_lbk2024-280_lov_om_en_aktiv_beskaeftigelsesindsats.html'));
    await waitForWholePage(page);
    // The first "hjælpemidler" of the act (§ 172), scrolled into view.
    await page.evaluate(centreOfWord, [null, 'hjælpemidler'] as const);
    await page.waitForTimeout(500);
    const card = await hover(page, null, 'hjælpemidler');
    // Explained in the employment acts' sense ("efter LAB"), with serviceloven's a click away.
    expect(card).toMatch(/· efter (LAB|kompensationsloven)/);
    expect(card).toMatch(/beskæftigelsesindsats|kompensation/i);
    expect(await tooltip(page).getByRole('button', { name: /Samme ord efter serviceloven/ }).count()).toBe(1);
    await page.close();
  });

  it('shows both senses where the page names no act, and marks nothing of the field\'s words on a page outside the field', async () => {
    const page = await setUp.extension.context.newPage();
    await page.setViewportSize({ width: 900, height: 600 });
    await page.goto(setUp.server.url('pages/senses.html'));
    await waitForHighlights(page, 3);
    const card = await hover(page, 'shared', 'hjælpemidler');
    expect(card).toContain('siden siger ikke, hvilken lov der gælder');
    expect(card).toContain('efter serviceloven');
    expect(await tooltip(page).getByRole('button', { name: 'Læs mere' }).count()).toBe(2);
    await page.screenshot({ path: 'test-results/card-two-senses.png' });

    await page.goto(setUp.server.url('pages/not-the-field.html'));
    await page.waitForLoadState('load');
    await page.waitForTimeout(1500);
    expect(await paintedRanges(page)).toEqual([]);
    await page.close();
  });
});
