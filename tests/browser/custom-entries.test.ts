import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForHighlights, paintedRanges } from './support/highlights';
import { setUpExtensionAndFixtures } from './support/set-up';

const CSV = [
  'begreb;forkortelser;kategori;kort definition;beskrivelse;link',
  'Ung i Job-forløbet;UIJ;ydelser og forløb;Kommunens eget forløb for unge under 30.;"Første afsnit.\n\nAndet afsnit.";https://www.example.dk/uij',
  'Visitationsteamet;;begreber;Teamet, der visiterer nye borgere.;;',
  'Uden kategori;;;Mangler kategori.;;',
].join('\r\n');

const upload = (page: Page, name: string, text: string) =>
  page.locator('input[type=file]').setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(`\ufeff${text}`, 'utf8') });

describe('own entries in Chromium: import with preview, highlighting, search, a bad file', () => {
  const setUp = setUpExtensionAndFixtures();
  let panel: Page;

  it('previews a CSV file, changes nothing until confirmed, then lists the entries', async () => {
    panel = await setUp.extension.context.newPage();
    await panel.setViewportSize({ width: 400, height: 900 });
    await panel.goto(`chrome-extension://${setUp.extension.extensionId}/sidepanel.html#/own`);
    await upload(panel, 'kommunens-begreber.csv', CSV);
    const preview = panel.getByRole('region', { name: 'Import af kommunens-begreber.csv' });
    await preview.waitFor();
    expect(await preview.locator('[data-count="new"] strong').textContent()).toBe('2');
    expect(await preview.locator('[data-count="invalid"] strong').textContent()).toBe('1');
    expect(await preview.locator('.import-preview__invalid').textContent()).toContain('Række 4, kolonnen "kategori"');
    await panel.screenshot({ path: 'test-results/own-import-preview.png', fullPage: true });
    expect(await panel.locator('.own__item').count()).toBe(0);
    await preview.getByRole('button', { name: 'Importér (2)' }).click();
    await expect.poll(() => panel.locator('.own__item').count()).toBe(2);
    await panel.screenshot({ path: 'test-results/own-entries.png', fullPage: true });
  });

  it('highlights an imported term on a page, beside the built-in ones, with its own hover card', async () => {
    const page = await setUp.extension.context.newPage();
    await page.goto(setUp.server.url('pages/own-terms.html'));
    const ranges = await waitForHighlights(page, 3);
    expect(ranges.map((range) => [range.where, range.text])).toEqual(
      expect.arrayContaining([
        ['own', 'Ung i Job-forløbet'],
        ['own', 'Visitationsteamet'],
        ['builtin', 'fleksjob'],
      ]),
    );
    const box = await page.locator('#own').boundingBox();
    if (!box) throw new Error('no box for #own');
    // Hover the start of the paragraph's first term.
    const point = await page.evaluate(() => {
      const text = document.querySelector('#own')?.firstChild;
      const range = document.createRange();
      const start = text?.textContent?.indexOf('Ung') ?? 0;
      if (text) range.setStart(text, start + 1);
      if (text) range.setEnd(text, start + 2);
      const rect = range.getBoundingClientRect();
      return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
    });
    await page.mouse.move(point.x, point.y);
    const card = page.locator('metodelup-hover-card');
    await expect.poll(() => card.evaluate((host) => host.shadowRoot?.textContent ?? ''), { timeout: 5000 }).toContain('Kommunens eget forløb');
    expect(await card.evaluate((host) => host.shadowRoot?.textContent ?? '')).toContain('Egen');
    await page.screenshot({ path: 'test-results/own-entry-hover.png' });
    await page.close();
  });

  it('finds an imported entry in the panel search, marked as own', async () => {
    await panel.goto(`chrome-extension://${setUp.extension.extensionId}/sidepanel.html#/`);
    await panel.getByRole('combobox', { name: 'Søg i ordlisten' }).fill('visitationsteamet');
    const first = panel.getByRole('listbox', { name: 'Søgeresultater' }).getByRole('option').first();
    await expect.poll(() => first.getAttribute('data-entry-id')).toBe('visitationsteamet');
    expect(await first.locator('[data-origin]').textContent()).toBe('Egen');
  });

  it('keeps the entries when a malformed file is chosen, and says where it is wrong', async () => {
    await panel.goto(`chrome-extension://${setUp.extension.extensionId}/sidepanel.html#/own`);
    await expect.poll(() => panel.locator('.own__item').count()).toBe(2);
    await upload(panel, 'ødelagt.json', '[{"id": "a", "term": }]');
    const fatal = panel.locator('.import-preview__fatal');
    await fatal.waitFor();
    expect(await fatal.textContent()).toMatch(/intet er ændret.*linje 1, tegn 22/);
    expect(await panel.getByRole('button', { name: /^Importér \(/ }).count()).toBe(0);
    expect(await panel.locator('.own__item').count()).toBe(2);
    const page = await setUp.extension.context.newPage();
    await page.goto(setUp.server.url('pages/own-terms.html'));
    await waitForHighlights(page, 3);
    expect((await paintedRanges(page)).map((range) => range.text)).toContain('Visitationsteamet');
    await page.close();
  });
});
