import { describe, expect, it } from 'vitest';
import { launchExtension } from './support/launch-extension';

describe('the interface speaks the browser language: Danish, else English', () => {
  it.each([
    ['da', 'Søg i ordlisten', 'Alle opslag'],
    ['en', 'Search the glossary', 'All entries'],
  ] as const)('a browser in "%s" gets "%s"', async (language, searchLabel, browseLabel) => {
    const extension = await launchExtension({ language });
    try {
      const page = await extension.context.newPage();
      await page.goto(`chrome-extension://${extension.extensionId}/sidepanel.html`);
      await expect.poll(() => page.getByRole('combobox', { name: searchLabel }).count()).toBe(1);
      expect(await page.getByRole('region', { name: browseLabel }).count()).toBe(1);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
    } finally {
      await extension.close();
    }
  });
});
