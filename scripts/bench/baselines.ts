// The baselines measured outside the page's extension work: the side panel's first results and
// mark.js marking the same page in a context without the extension.
import { readFileSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import type { LaunchedExtension } from '../../tests/browser/support/launch-extension';

// Records, from before the panel's scripts run, when the first list of results is in the page.
const WATCH_RESULTS = `
  new MutationObserver((_, observer) => {
    if (document.querySelector('[role=option]')) {
      window.__firstResultsAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });`;

/**
 * Milliseconds from opening the side panel page to its first results, reopened on a search made
 * before it was closed (as a caseworker does); `search` makes that search first.
 */
export async function runPanel(extension: LaunchedExtension, search?: string): Promise<number> {
  const panelUrl = `chrome-extension://${extension.extensionId}/sidepanel.html`;
  if (search) {
    const first = await extension.context.newPage();
    await first.goto(panelUrl);
    await first.getByRole('combobox').fill(search);
    await first.waitForSelector('[role=option]');
    await first.close();
  }
  const page = await extension.context.newPage();
  await page.addInitScript(WATCH_RESULTS);
  await page.goto(panelUrl);
  await page.waitForSelector('[role=option]');
  const at = await page.evaluate<number>('window.__firstResultsAt');
  await page.close();
  return at;
}

export async function runMarkJs(context: BrowserContext, url: string, names: string[]): Promise<{ ms: number; marks: number }> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.addScriptTag({ content: readFileSync('node_modules/mark.js/dist/mark.min.js', 'utf8') });
  // One regular expression of the same names, longest first, as mark.js is best used. A string,
  // not a function: tsx's name helpers do not exist inside the page.
  const alternation = [...names].sort((a, b) => b.length - a.length).map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const result = await page.evaluate<{ ms: number; marks: number }>(`
    new Promise((resolve) => {
      const terms = new RegExp(${JSON.stringify(`(?<![\\p{L}\\p{N}])(?:${alternation.join('|')})[\\p{L}\\p{N}]*`)}, 'giu');
      const started = performance.now();
      new Mark(document.body).markRegExp(terms, {
        exclude: ['script', 'style', 'noscript', 'textarea', 'input', 'select', 'code'],
        // To the first frame painted with the marks: a frame callback, then the task after it.
        done: () => requestAnimationFrame(() => setTimeout(() =>
          resolve({ ms: performance.now() - started, marks: document.querySelectorAll('mark').length }), 0)),
      });
    })`);
  await page.close();
  return result;
}

