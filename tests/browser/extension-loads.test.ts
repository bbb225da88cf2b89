import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, readSessionStorage, type LaunchedExtension } from './support/launch-extension';
import { serveFixtures, type FixtureServer } from './support/serve-fixtures';

describe('the built extension in Chromium', () => {
  let extension: LaunchedExtension;
  let server: FixtureServer;

  beforeAll(async () => {
    mkdirSync('test-results', { recursive: true });
    [extension, server] = await Promise.all([launchExtension(), serveFixtures()]);
  });
  afterAll(async () => {
    await extension.close();
    await server.close();
  });

  it('side panel: typing a query shows the matching entry', async () => {
    const page = await extension.context.newPage();
    await page.setViewportSize({ width: 400, height: 700 });
    await page.goto(`chrome-extension://${extension.extensionId}/sidepanel.html`);
    const search = page.getByRole('searchbox', { name: 'Søg i ordlisten' });
    await search.fill('fleks');
    const results = page.getByRole('list', { name: 'Søgeresultater' }).getByRole('listitem');
    await expect.poll(() => results.first().textContent()).toContain('Fleksjob');
    await page.screenshot({ path: 'test-results/sidepanel-search.png' });
    await page.close();
  });

  it('content script: runs on a served page and reports the terms it found to the background', async () => {
    const page = await extension.context.newPage();
    await page.goto(server.url('pages/simple.html'));
    const reported = async () => {
      const tabs = ((await readSessionStorage(extension, 'page-terms')) ?? {}) as Record<string, { frames: Record<string, Record<string, number>> }>;
      return Object.values(tabs).map((tab) => tab.frames['0']);
    };
    await expect.poll(reported, { timeout: 10_000 }).toEqual([{ fleksjob: 2, loentilskud: 1, 'nedsat-arbejdsevne': 1 }]);
    await page.close();
  });
});
