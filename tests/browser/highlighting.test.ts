import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findChromium } from '../../scripts/find-chromium.mjs';
import { paintedRanges, paintedThroughout, waitForHighlights } from './support/highlights';
import { readSessionStorage } from './support/launch-extension';
import { setUpExtensionAndFixtures } from './support/set-up';

const LAB = 'laws/LAB_lbk2024-280_lov_om_en_aktiv_beskaeftigelsesindsats.html';
const BARSEL = 'laws/barselsloven_lbk2023-1180_retsinformation.html';

describe('highlighting in Chromium, with the built extension', () => {
  const setUp = setUpExtensionAndFixtures();

  it('marks the terms of the LAB page under the metodelup highlight names', async () => {
    const page = await setUp.extension.context.newPage();
    await page.goto(setUp.server.url(LAB));
    const ranges = await paintedThroughout(page);
    expect(ranges.length).toBeGreaterThan(500);
    const texts = new Set(ranges.map((range) => range.text.toLowerCase()));
    for (const word of ['fleksjob', 'løntilskud', 'virksomhedspraktik', 'mentorstøtte', 'ressourceforløb', 'jobafklaringsforløb']) {
      expect(texts, word).toContain(word);
    }
    expect([...texts]).toContain('fleksjobbet');
    await page.screenshot({ path: 'test-results/highlight-lab.png' });
    await page.close();
  });

  it('leaves the page DOM byte-identical: body.innerHTML is the same with and without the extension', async () => {
    const withExtension = await setUp.extension.context.newPage();
    // What the page's own scripts would hear: no message from the extension reaches them.
    await withExtension.addInitScript(() => {
      const heard: unknown[] = [];
      (window as unknown as { heard: unknown[] }).heard = heard;
      window.addEventListener('message', (event) => heard.push(event.data));
    });
    await withExtension.goto(setUp.server.url(BARSEL));
    await waitForHighlights(withExtension, 10);
    const painted = await withExtension.evaluate(() => document.body.innerHTML);
    expect(await withExtension.evaluate(() => (window as unknown as { heard: unknown[] }).heard)).toEqual([]);

    const plain = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
    const page = await plain.newPage();
    await page.goto(setUp.server.url(BARSEL));
    const untouched = await page.evaluate(() => document.body.innerHTML);
    await plain.close();
    await withExtension.close();
    expect(painted.length).toBeGreaterThan(10_000);
    expect(painted === untouched).toBe(true);
  });

  it('tells the page nothing it could hear, cannot be turned off by the page, and follows a single-page navigation', async () => {
    const page = await setUp.extension.context.newPage();
    // Every name WXT's context uses for its own events, on the two targets it uses.
    const names = ['content-script-started', 'locationchange'].map((event) => `${setUp.extension.extensionId}:content:wxt:${event}`);
    await page.addInitScript((eventNames: string[]) => {
      const heard: string[] = [];
      (window as unknown as { heard: string[] }).heard = heard;
      for (const name of eventNames) for (const target of [window, document]) target.addEventListener(name, () => heard.push(name));
    }, names);
    await page.goto(setUp.server.url('pages/simple.html'));
    await waitForHighlights(page, 1);
    const heard = () => page.evaluate(() => (window as unknown as { heard: string[] }).heard);
    expect(await heard()).toEqual([]);
    // A hostile page sends what WXT's context took as "a newer copy has started: stop".
    await page.evaluate((name) => {
      document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'content', messageId: 'page' } }));
    }, names[0] ?? '');
    // A single-page app moves to its next view: a new address, new content.
    await page.evaluate(() => {
      history.pushState({}, '', '?visning=2');
      const view = document.createElement('main');
      view.id = 'view';
      view.textContent = 'Borgeren starter i virksomhedspraktik med mentorstøtte.';
      document.body.replaceChildren(view);
    });
    await expect.poll(async () => (await paintedRanges(page)).map((range) => `${range.where}: ${range.text}`)).toEqual([
      'view: virksomhedspraktik',
      'view: mentorstøtte',
    ]);
    const tabs = async () => (((await readSessionStorage(setUp.extension, 'page-terms')) ?? {}) as Record<string, { frames: Record<string, Record<string, number>> }>);
    await expect
      .poll(async () => Object.values(await tabs()).map((tab) => tab.frames['0']))
      .toContainEqual({ virksomhedspraktik: 1, mentorstoette: 1 });
    // Only the page's own event: the navigation told it nothing either.
    expect(await heard()).toEqual([names[0]]);
    await page.close();
  });

  it('skips inputs, text areas, editable areas, code and hidden text; reads pre, shadow roots and frames', async () => {
    const page = await setUp.extension.context.newPage();
    await page.goto(setUp.server.url('pages/mixed.html'));
    const ranges = await waitForHighlights(page, 6);
    const places = ranges.map((range) => range.where);
    for (const skipped of ['field', 'notes', 'editor', 'code', 'hidden']) expect(places).not.toContain(skipped);
    expect(ranges.map((range) => range.text)).toEqual(
      expect.arrayContaining(['jobcentret', 'personlig assistance', 'fleksjob', 'mentorstøtte', 'Revalidering']),
    );
    await expect.poll(async () => (await paintedRanges(page)).filter((range) => range.inShadowRoot).map((r) => r.text)).toEqual([
      'Virksomhedspraktik',
    ]);
    const frame = page.frames().find((candidate) => candidate.url().endsWith('frame.html'));
    expect(frame).toBeDefined();
    if (frame) expect((await waitForHighlights(frame)).map((range) => range.text)).toEqual(['Sygedagpenge']);
    await page.screenshot({ path: 'test-results/highlight-mixed.png' });
    await page.close();
  });

  it('highlights content added after load, and forgets content removed', async () => {
    const page = await setUp.extension.context.newPage();
    await page.goto(setUp.server.url('pages/simple.html'));
    await waitForHighlights(page, 1);
    await page.evaluate(() => {
      const added = document.createElement('p');
      added.id = 'added';
      added.textContent = 'Senere kom der løntilskud og IPS til.';
      document.body.append(added);
    });
    await expect.poll(async () => (await paintedRanges(page)).filter((r) => r.where === 'added').map((r) => r.text)).toEqual([
      'løntilskud',
      'IPS',
    ]);
    await page.evaluate(() => document.getElementById('added')?.remove());
    await expect.poll(async () => (await paintedRanges(page)).some((r) => r.where === 'added')).toBe(false);
    await page.close();
  });

  it('highlights a page whose load never ends (an image that never arrives), a little later', async () => {
    const page = await setUp.extension.context.newPage();
    await page.goto(setUp.server.url('pages/never-loads.html'), { waitUntil: 'domcontentloaded' });
    const ranges = await waitForHighlights(page, 2, 10_000);
    expect(ranges.map((range) => range.text)).toEqual(['fleksjob', 'løntilskud']);
    expect(await page.evaluate(() => document.readyState)).not.toBe('complete');
    await page.close();
  });
});
