import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { readSessionStorage, writeSessionStorage } from './launch-extension';
import type { BrowserSetUp } from './set-up';

/**
 * Opens a page with terms in a new tab and returns the tab's id once the background knows its
 * terms, for the panel's "På denne side" (`sidepanel.html?tab=ID`); the panel's kept search is
 * emptied, so that it opens on its start view.
 */
export async function openPageWithTerms(setUp: BrowserSetUp, path = 'pages/mixed.html'): Promise<{ page: Page; tabId: string }> {
  const tabs = async () => Object.keys((await readSessionStorage(setUp.extension, 'page-terms')) ?? {});
  const before = new Set(await tabs());
  const page = await setUp.extension.context.newPage();
  await page.goto(setUp.server.url(path));
  let tabId: string | undefined;
  await expect.poll(async () => (tabId = (await tabs()).find((key) => !before.has(key))), { timeout: 10_000 }).toBeDefined();
  await writeSessionStorage(setUp.extension, { 'panel-query': '', 'panel-results': null });
  return { page, tabId: tabId ?? '' };
}
