import type { Page } from 'playwright-core';

/** The name under which the extension registers its highlights: all the bench knows of it. */
export const HIGHLIGHT = 'metodelup-term';

/** How long the registered ranges must stay unchanged before the extension counts as finished. */
export const STABLE_MS = 1500;
/** And how long after the page's load at least (the extension may register the first screen early, the rest later). */
export const AFTER_LOAD_MS = 3000;

export interface Change {
  size: number;
  at: number;
}

/**
 * An init script, in the page's own world from before the page loads: the size of the
 * registered highlight and when it changed (page time, ms), every 5 ms. `fine` also polls in
 * every animation frame and every 2 ms (Chromium holds a repeating timer to 4 ms after a few
 * rounds), and keeps the ranges themselves at each of the first 30 changes, for `firstScreen`.
 * `window.__stopWatching()` ends the polling (so a trace after it holds the page and the extension only).
 */
export function watchHighlights(fine = false): string {
  return `(() => {
    const changes = (window.__highlightChanges = []);
    const snapshots = (window.__highlightSnapshots = []);
    let last;
    let stopped = false;
    const poll = () => {
      const highlight = CSS.highlights.get(${JSON.stringify(HIGHLIGHT)});
      const size = highlight ? highlight.size : 0;
      const latest = changes[changes.length - 1];
      if (latest && latest.size === size && last === highlight) return;
      last = highlight;
      const at = performance.now();
      if (!latest || latest.size !== size) changes.push({ size, at });
      if (${fine} && size > 0 && snapshots.length < 30) snapshots.push({ at, ranges: [...highlight] });
    };
    const interval = setInterval(poll, ${fine ? 2 : 5});
    const frame = () => {
      if (stopped) return;
      poll();
      requestAnimationFrame(frame);
    };
    if (${fine}) requestAnimationFrame(frame);
    window.__stopWatching = () => {
      stopped = true;
      clearInterval(interval);
    };
  })();`;
}

/**
 * Waits until the page has loaded, then at least AFTER_LOAD_MS more, and, with `highlights`, until
 * ranges are registered and have not changed for STABLE_MS (at most two minutes). Returns the
 * changes seen and the page's time.
 */
export async function waitUntilSettled(page: Page, highlights: boolean): Promise<{ changes: Change[]; now: number }> {
  let changes: Change[] = [];
  let now = 0;
  for (const started = Date.now(); Date.now() - started < 120_000; ) {
    await page.waitForTimeout(250);
    let loaded: number;
    [changes, now, loaded] = await page.evaluate<[Change[], number, number]>(
      `[window.__highlightChanges, performance.now(), performance.getEntriesByType('navigation')[0]?.loadEventEnd || Infinity]`,
    );
    const latest = changes.at(-1);
    if (now - loaded < AFTER_LOAD_MS) continue;
    if (!highlights || (latest && latest.size > 0 && now - latest.at > STABLE_MS)) break;
  }
  return { changes, now };
}
