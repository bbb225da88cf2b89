import { describe, expect, it } from 'vitest';
import { readSessionStorage } from './support/launch-extension';
import { setUpExtensionAndFixtures } from './support/set-up';

describe('the built extension in Chromium', () => {
  const setUp = setUpExtensionAndFixtures();

  it('side panel: typing a query shows the matching entry', async () => {
    const page = await setUp.extension.context.newPage();
    await page.setViewportSize({ width: 400, height: 700 });
    await page.goto(`chrome-extension://${setUp.extension.extensionId}/sidepanel.html`);
    const search = page.getByRole('combobox', { name: 'Søg i ordlisten' });
    await search.fill('fleks');
    const results = page.getByRole('listbox', { name: 'Søgeresultater' }).getByRole('option');
    await expect.poll(() => results.first().textContent()).toContain('Fleksjob');
    await page.screenshot({ path: 'test-results/sidepanel-search.png' });
    await page.close();
  });

  it('content script: runs on a served page and reports the terms it found to the background', async () => {
    const page = await setUp.extension.context.newPage();
    await page.goto(setUp.server.url('pages/simple.html'));
    const reported = async () => {
      const tabs = ((await readSessionStorage(setUp.extension, 'page-terms')) ?? {}) as Record<string, { frames: Record<string, Record<string, number>> }>;
      return Object.values(tabs).map((tab) => tab.frames['0']);
    };
    await expect.poll(reported, { timeout: 10_000 }).toEqual([{ fleksjob: 2, loentilskud: 1, 'nedsat-arbejdsevne': 1 }]);
    await page.close();
  });
});
