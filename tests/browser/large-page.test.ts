import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { combinedPage } from '../../scripts/bench/pages';
import { paintedRanges, waitForHighlights } from './support/highlights';
import { launchExtension, readSessionStorage, type LaunchedExtension } from './support/launch-extension';

const MAX_REGISTERED = 2500;

/** The four acts with their body four times over: 8,800 terms, more than are registered at once. */
const largePage = () => combinedPage(4, '<p id="last">Til sidst: fleksjob.</p>');

describe('a page with more terms than are registered at once', () => {
  let extension: LaunchedExtension;
  beforeAll(async () => {
    extension = await launchExtension();
  });
  afterAll(() => extension.close());

  it('counts every term, registers those around the reader, and follows the scrolling', async () => {
    const page = await extension.context.newPage();
    await page.route('http://127.0.0.1:9/large.html', (route) => route.fulfill({ body: largePage(), contentType: 'text/html' }));
    await page.goto('http://127.0.0.1:9/large.html');
    await waitForHighlights(page, MAX_REGISTERED, 30_000);

    const total = async () => {
      const tabs = ((await readSessionStorage(extension, 'page-terms')) ?? {}) as Record<string, { frames: Record<string, Record<string, number>> }>;
      const counts = Object.values(tabs)[0]?.frames['0'] ?? {};
      return Object.values(counts).reduce((sum, count) => sum + count, 0);
    };
    await expect.poll(total, { timeout: 30_000 }).toBeGreaterThan(8000);
    expect((await paintedRanges(page)).length).toBeLessThanOrEqual(MAX_REGISTERED);
    expect((await paintedRanges(page)).some((range) => range.where === 'last')).toBe(false);

    await page.evaluate(() => {
      document.getElementById('last')?.scrollIntoView();
    });
    await expect.poll(async () => (await paintedRanges(page)).filter((range) => range.where === 'last').map((r) => r.text), {
      timeout: 10_000,
    }).toEqual(['fleksjob']);
    expect((await paintedRanges(page)).length).toBeLessThanOrEqual(MAX_REGISTERED);
    await page.close();
  });
});
