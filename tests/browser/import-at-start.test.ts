import { mkdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { launchExtension, type LaunchedExtension } from './support/launch-extension';

describe('an import right after the browser starts (the panel\'s first load: about 2 s here; the policy store never waited for: see the unit test)', () => {
  let extension: LaunchedExtension | undefined;
  afterAll(async () => {
    await extension?.close();
  });

  it('keeps an entry with the built-in id "fleksjob" apart as "egen-fleksjob", as at any later moment', async () => {
    mkdirSync('test-results', { recursive: true });
    extension = await launchExtension();
    const started = Date.now();
    const panel = await extension.context.newPage();
    await panel.goto(`chrome-extension://${extension.extensionId}/sidepanel.html#/own`);
    const json = JSON.stringify([{ id: 'fleksjob', term: 'Vores fleksjob', category: 'begreber', summary: 'Kommunens egen udgave.' }]);
    await panel.locator('input[type=file]').setInputFiles({ name: 'fleksjob.json', mimeType: 'application/json', buffer: Buffer.from(json) });
    const preview = panel.getByRole('region', { name: 'Import af fleksjob.json' });
    await preview.waitFor();
    const previewedAfter = Date.now() - started;
    expect(await preview.locator('.import-preview__conflicts').textContent()).toBe('fleksjob findes i den indbyggede ordliste: importeres som egen-fleksjob');
    await preview.getByRole('button', { name: 'Importér (1)' }).click();
    await expect.poll(() => panel.locator('.own__item').evaluateAll((items) => items.map((item) => item.getAttribute('data-entry-id')))).toEqual(['egen-fleksjob']);
    await panel.screenshot({ path: 'test-results/import-at-start.png', fullPage: true });
    // What "the first second" measured on this run (the panel's own load included).
    console.log(`fleksjob previewed ${previewedAfter} ms after the browser's service worker started`);
  });
});
