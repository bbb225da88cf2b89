import { describe, expect, it } from 'vitest';
import { waitForHighlights } from './support/highlights';
import { setUpExtensionAndFixtures } from './support/set-up';
import { centreOfWord } from './support/word-point';

describe('legal status and the law in force, in Chromium', () => {
  const setUp = setUpExtensionAndFixtures();
  const panelUrl = (suffix = '') => `chrome-extension://${setUp.extension.extensionId}/sidepanel.html${suffix}`;

  it('still explains a term of an older decision, and its card says the scheme is closed', async () => {
    const page = await setUp.extension.context.newPage();
    await page.setViewportSize({ width: 900, height: 600 });
    await page.goto(setUp.server.url('pages/historical.html'));
    await waitForHighlights(page, 3);
    const term = (await page.evaluate(centreOfWord, ['decision', 'ressourceforløb'] as const)) ?? { x: 0, y: 0 };
    await page.mouse.move(term.x, term.y);
    const card = page.getByRole('tooltip');
    await expect.poll(() => card.count(), { timeout: 5000 }).toBe(1);
    const status = card.locator('.card__status');
    expect(await status.textContent()).toMatch(/^Udfases: lukket for nye sager fra 1\. februar 2026 — .*fortsætter/);
    expect(await card.getAttribute('aria-label')).toContain('lukket for nye sager fra 1. februar 2026');
    await page.waitForTimeout(400); // the card's fade-in
    await page.screenshot({ path: 'test-results/hover-card-historical.png' });
    await page.close();
  });

  it('shows the status, the amending act and a link to the § in the detail view; the footer dates the texts', async () => {
    const page = await setUp.extension.context.newPage();
    await page.setViewportSize({ width: 400, height: 900 });
    await page.goto(panelUrl('#/entry/jobcenter'));
    await expect.poll(() => page.getByRole('heading', { level: 2 }).first().textContent()).toBe('Jobcenter');
    expect(await page.locator('.status__status').textContent()).toContain('Afskaffet fra 1. februar 2026');
    expect(await page.locator('.status__act').getByRole('link', { name: 'Lov nr. 1750 af 29. december 2025' }).getAttribute('href')).toBe(
      'https://www.retsinformation.dk/eli/lta/2025/1750',
    );
    await page.screenshot({ path: 'test-results/sidepanel-detail-status.png', fullPage: true });
    await page.goto(panelUrl('#/entry/fleksjob'));
    await expect.poll(() => page.getByRole('heading', { level: 2 }).first().textContent()).toBe('Fleksjob');
    const law = page.getByRole('link', { name: 'Lov om en aktiv beskæftigelsesindsats', exact: true });
    expect(await law.getAttribute('href')).toBe('https://www.retsinformation.dk/eli/lta/2024/280#P116');
    await page.goto(panelUrl('#/'));
    await expect.poll(() => page.locator('.panel__footer').textContent()).toContain('4. december 2026');
    await page.close();
  });

  it('opens a genuine retsinformation.dk page at the § its anchor names', async () => {
    const page = await setUp.extension.context.newPage();
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.goto(`${setUp.server.url('laws/barselsloven_lbk2023-1180_retsinformation.html')}#P7a`);
    const top = await page.evaluate(() => document.getElementById('Par7a')?.getBoundingClientRect().top ?? -1);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(100);
    expect(await page.evaluate(() => document.getElementById('Par7a')?.textContent)).toBe('§ 7 a.');
    await page.close();
  });
});
