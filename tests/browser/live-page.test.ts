import { describe, expect, it } from 'vitest';
import { waitForHighlights } from './support/highlights';
import { setUpExtensionAndFixtures } from './support/set-up';

describe('a page that changes every frame, in Chromium', () => {
  const setUp = setUpExtensionAndFixtures();

  it('highlights a message added beside a clock that changes every frame within 500 ms', async () => {
    const page = await setUp.extension.context.newPage();
    await page.goto(setUp.server.url('pages/clock.html'));
    await waitForHighlights(page, 1);
    const timing = () => page.evaluate(() => ({ added: (window as unknown as { addedAt?: number }).addedAt, seen: (window as unknown as { seenAt?: number }).seenAt }));
    await expect.poll(async () => (await timing()).seen, { timeout: 10_000 }).toBeDefined();
    const { added, seen } = await timing();
    expect((seen ?? Infinity) - (added ?? 0)).toBeLessThan(500);
    await page.close();
  });
});
