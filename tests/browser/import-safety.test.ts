import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { paintedRanges, waitForHighlights } from './support/highlights';
import type { LaunchedExtension } from './support/launch-extension';
import { setUpExtensionAndFixtures } from './support/set-up';

const upload = (page: Page, name: string, buffer: Buffer) => page.locator('input[type=file]').setInputFiles({ name, mimeType: 'text/plain', buffer });

const openOwn = async (extension: LaunchedExtension) => {
  const panel = await extension.context.newPage();
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.goto(`chrome-extension://${extension.extensionId}/sidepanel.html#/own`);
  return panel;
};

/** How long the service worker takes to answer, at most `limit` ms (then `limit`). */
const answerTime = async (extension: LaunchedExtension, limit = 10_000) => {
  const started = Date.now();
  await Promise.race([extension.serviceWorker.evaluate(() => 1), new Promise((resolve) => setTimeout(resolve, limit))]);
  return Date.now() - started;
};

interface LocalArea {
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

describe('imports that can never hurt, in Chromium', () => {
  const setUp = setUpExtensionAndFixtures();

  it('refuses a 300,000-character term, naming field and limit, and the extension keeps answering', async () => {
    const panel = await openOwn(setUp.extension);
    const term = `T${'x'.repeat(300_000)}`;
    await upload(panel, 'stor.json', Buffer.from(JSON.stringify([{ id: 'big-term', term, category: 'begreber', summary: 'Stor.' }])));
    const invalid = panel.locator('.import-preview__invalid');
    await invalid.waitFor();
    expect(await invalid.textContent()).toContain('Opslag 1 ("big-term"), feltet "term": er for lang: højst 120 tegn (her 300.001)');
    expect(await panel.getByRole('button', { name: /^Importér \(/ }).count()).toBe(0);
    expect(await answerTime(setUp.extension)).toBeLessThan(1000);
    await panel.screenshot({ path: 'test-results/import-long-term.png', fullPage: true });

    // The same entry stored by an older version: left out, listed, and the service worker answers.
    await setUp.extension.serviceWorker.evaluate(async (value) => {
      const local = (globalThis as unknown as { chrome: { storage: { local: LocalArea } } }).chrome.storage.local;
      await local.set({ customEntries: value });
    }, [{ id: 'big-term', term, category: 'begreber', summary: 'Stor.' }, { id: 'visitationsteamet', term: 'Visitationsteamet', category: 'begreber', summary: 'Teamet.' }]);
    const longest = Math.max(...(await Promise.all([0, 200, 400, 800, 1600].map(async (wait) => {
      await new Promise((resolve) => setTimeout(resolve, wait));
      return answerTime(setUp.extension);
    }))));
    expect(longest).toBeLessThan(1000);
    await expect.poll(() => panel.locator('.own__unusable').textContent(), { timeout: 10_000 }).toContain('Opslaget "big-term", feltet "term": er for lang');
    const page = await setUp.extension.context.newPage();
    await page.goto(setUp.server.url('pages/own-terms.html'));
    await expect.poll(async () => (await paintedRanges(page)).map((range) => range.text), { timeout: 15_000 }).toContain('Visitationsteamet');
    await page.close();
    await panel.screenshot({ path: 'test-results/import-stored-long-term.png', fullPage: true });
    await setUp.extension.serviceWorker.evaluate(async () => {
      const local = (globalThis as unknown as { chrome: { storage: { local: LocalArea } } }).chrome.storage.local;
      await local.remove(['customEntries']);
    });
    await panel.close();
  });

  it('reads the Windows-1252 CSV Danish Excel saves, æ, ø and å intact', async () => {
    const panel = await openOwn(setUp.extension);
    await upload(panel, 'excel.csv', readFileSync('tests/fixtures/imports/excel-semikolon-windows-1252.csv'));
    const preview = panel.getByRole('region', { name: 'Import af excel.csv' });
    await preview.waitFor();
    expect(await preview.locator('.import-preview__encoding').textContent()).toContain('Windows-1252');
    await preview.getByRole('button', { name: 'Importér (3)' }).click();
    await expect.poll(() => panel.locator('.own__item a').allTextContents()).toEqual(['Ændringsforløb', 'Støttegruppe for pårørende', 'Åben rådgivning']);
    await panel.screenshot({ path: 'test-results/import-windows-1252.png', fullPage: true });
    await panel.close();
  });

  it('needs "markér alligevel" for "og": without it "med" stays unmarked, with it "og" is marked', async () => {
    const panel = await openOwn(setUp.extension);
    const csv = 'begreb;kategori;kort definition\r\nog;begreber;Bindeordet.\r\nmed;begreber;Forholdsordet.\r\nVisitationsteamet;begreber;Teamet.\r\n';
    await upload(panel, 'hverdagsord.csv', Buffer.from(csv));
    const everyday = panel.locator('.import-preview__everyday');
    await everyday.waitFor();
    expect((await everyday.locator('li').allTextContents()).map((text) => text.trim())).toEqual(['Markér alligevel: "og"', 'Markér alligevel: "med"']);
    await everyday.locator('li[data-entry-id="og"] input[type=checkbox]').check();
    await panel.screenshot({ path: 'test-results/import-everyday-words.png', fullPage: true });
    await panel.getByRole('button', { name: /^Importér \(/ }).click();
    await panel.locator('.own__done').waitFor();
    const page = await setUp.extension.context.newPage();
    await page.goto(setUp.server.url('pages/own-terms.html'));
    await waitForHighlights(page, 3);
    await expect.poll(async () => (await paintedRanges(page)).map((range) => range.text), { timeout: 15_000 }).toEqual(expect.arrayContaining(['Visitationsteamet', 'fleksjob', 'og']));
    expect((await paintedRanges(page)).map((range) => range.text)).not.toContain('med');
    await page.close();
    await panel.close();
  });

  it('refuses an import past the room left, whole, with the numbers, and changes nothing', async () => {
    // Metodelup's local storage nearly at its budget of 100 MB (as by another list, or a full disk):
    // written while no panel listens (each listener is handed the change).
    await setUp.extension.serviceWorker.evaluate(async () => {
      const local = (globalThis as unknown as { chrome: { storage: { local: LocalArea } } }).chrome.storage.local;
      await local.set({ filler: 'x'.repeat(99_800_000) });
    });
    const panel = await openOwn(setUp.extension);
    await expect.poll(() => panel.locator('.own__item').count()).toBe(6);
    const rows = Array.from({ length: 2000 }, (_, n) => `Lokalt begreb nummer ${n};begreber;Definition nummer ${n} af et lokalt begreb.`);
    await upload(panel, 'for-stor.csv', Buffer.from(['begreb;kategori;kort definition', ...rows].join('\r\n')));
    const refusal = panel.locator('.import-preview__room[role=alert]');
    await refusal.waitFor({ timeout: 30_000 });
    expect(await refusal.textContent()).toMatch(/^Importen fylder ca\. \d+,\d MB, men der er kun \d+ kB tilbage af Metodelups 100,0 MB på denne computer\. Intet er importeret\.$/);
    expect(await panel.getByRole('button', { name: /^Importér \(/ }).count()).toBe(0);
    await panel.screenshot({ path: 'test-results/import-past-room.png', fullPage: true });
    expect(await panel.locator('.own__item').count()).toBe(6);
    // The last test of the file: the profile, filler and all, goes with the browser (removing
    // 100 MB takes Chromium several seconds more).
    await panel.close();
  });
});
