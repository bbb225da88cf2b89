import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForWholePage } from './support/highlights';
import { centreOfWord } from './support/word-point';
import { launchExtension, readSessionStorage, type LaunchedExtension } from './support/launch-extension';
import { serveFixtures, type FixtureServer } from './support/serve-fixtures';

// Playwright reports the service worker's own requests only with this switch (Chromium).
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

const LAB = 'laws/LAB_lbk2024-280_lov_om_en_aktiv_beskaeftigelsesindsats.html';

interface Seen {
  url: string;
  navigation: boolean;
  from: string;
}

/**
 * The privacy claim "the extension makes no network request", proven from outside: every request
 * made in the browser while the extension is used — by pages, the content scripts in them, the
 * hover card, the side panel and the service worker — is recorded by the driver, and the test
 * server logs every path asked of it. Only the documents the test itself opens may be fetched;
 * the extension's own files (chrome-extension://) never leave the machine.
 */
describe('no network request leaves the extension, in Chromium', () => {
  let extension: LaunchedExtension;
  let server: FixtureServer;
  const seen: Seen[] = [];
  const opened = new Set<string>();

  const record = (from: string) => (request: Request) => {
    seen.push({ url: request.url(), navigation: request.isNavigationRequest(), from });
  };


  beforeAll(async () => {
    [extension, server] = await Promise.all([launchExtension(), serveFixtures()]);
    extension.context.on('request', (request) => {
      record(request.serviceWorker() ? 'service worker' : (request.frame().url() ?? 'page'))(request);
    });
  });
  afterAll(async () => {
    await extension.close();
    await server.close();
  });

  const open = async (path: string): Promise<Page> => {
    const page = await extension.context.newPage();
    await page.setViewportSize({ width: 1000, height: 700 });
    opened.add(new URL(server.url(path)).pathname);
    await page.goto(server.url(path));
    return page;
  };

  const sendToTab = (tabId: number, message: unknown) =>
    extension.serviceWorker.evaluate(
      async ([id, body]) => {
        const { chrome } = globalThis as unknown as {
          chrome: { tabs: { sendMessage(tab: number, message: unknown, options: { frameId: number }): Promise<unknown> } };
        };
        await chrome.tabs.sendMessage(id, body, { frameId: 0 });
      },
      [tabId, message] as const,
    );

  it('highlights, shows cards, steps through terms, searches, opens entries and changes settings without one request', async () => {
    const page = await open(LAB);
    await waitForWholePage(page);

    // The hover card: its code loads from the extension on the first card.
    const term = await page.evaluate(centreOfWord, [null, 'fleksjobbet'] as const);
    await page.waitForTimeout(300);
    await page.mouse.move(term?.x ?? 0, term?.y ?? 0);
    await expect.poll(() => page.getByRole('tooltip').count(), { timeout: 5000 }).toBe(1);
    await page.getByRole('tooltip').getByRole('button', { name: 'Læs mere' }).click();
    await expect
      .poll(async () => ((await readSessionStorage(extension, 'entry-request')) as { entryId?: string } | undefined)?.entryId)
      .toBe('fleksjob');

    // The keyboard route and the panel's "show me" reach the tab.
    const tabs = Object.keys(((await readSessionStorage(extension, 'page-terms')) as object | undefined) ?? {});
    const tabId = Number(tabs[0]);
    await sendToTab(tabId, { type: 'show-next-term' });
    await sendToTab(tabId, { type: 'reveal-term', entryId: 'ips' });

    // The side panel: search, the detail view with its links, and the terms on the page.
    // It opens on the entry that "Læs mere" asked for.
    const panel = await extension.context.newPage();
    const panelUrl = `chrome-extension://${extension.extensionId}/sidepanel.html?tab=${tabId}`;
    await panel.goto(panelUrl);
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).first().textContent()).toBe('Fleksjob');
    await panel.goto(`${panelUrl}#/`);
    const search = panel.getByRole('combobox', { name: 'Søg i ordlisten' });
    await search.fill('mentor');
    await expect.poll(() => panel.getByRole('option').count()).toBeGreaterThan(0);
    await search.press('Enter');
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).first().textContent()).toBe('Mentorstøtte');
    await panel.goBack();
    await search.fill('');
    const onPage = panel.getByRole('list', { name: 'Termer på denne side' });
    await expect.poll(() => onPage.getByRole('listitem').count()).toBeGreaterThan(10);
    await onPage.locator('[data-entry-id="fleksjob"]').getByRole('button').click();

    // Settings: pause and resume the page, change a setting, a page with a CPR number.
    await panel.goto(`${panelUrl}#/`);
    await panel.getByRole('button', { name: 'Sæt på pause på denne side' }).click();
    await panel.getByRole('button', { name: 'Genoptag' }).click();
    await panel.goto(`${panelUrl}#/settings`);
    await panel.getByRole('radio', { name: 'kun første forekomst af hvert begreb på siden' }).check();
    await panel.getByRole('radio', { name: 'understregning' }).check();
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('metodelup-term-underline'))).toBe(true);
    const caseSystem = await open('pages/case-system.html');
    await caseSystem.waitForTimeout(1500);
    await caseSystem.close();

    // A page changed after load is rescanned.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Senere tilføjet: mentorstøtte og virksomhedspraktik.';
      document.body.append(p);
    });
    await page.waitForTimeout(1500);
    await panel.close();
    await page.close();

    // The extension's own files: by its id, or (hover-card.js, use_dynamic_url) by the per-session id.
    const ownFile = new RegExp(`^chrome-extension://(${extension.extensionId}|[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12})/`);
    const left = seen.filter(
      (request) =>
        !ownFile.test(request.url) &&
        !(request.navigation && opened.has(new URL(request.url).pathname)),
    );
    expect(left, 'requests that neither the test opened nor stay inside the extension').toEqual([]);
    // The server's own log: the documents the test opened, and the browser's own favicon look-up.
    const unexpected = server.requested.filter((path) => !opened.has(path) && path !== '/favicon.ico');
    expect(unexpected).toEqual([]);
    // The recording works: the extension's own files were seen.
    expect(seen.some((request) => request.url.startsWith('chrome-extension://'))).toBe(true);
  });
});
