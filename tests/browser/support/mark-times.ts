import type { Page } from 'playwright-core';

/** When the page was first painted, first marked and, after that, cleared, by the page's own clock (ms). */
export interface MarkTimes {
  firstPaint?: number;
  markedAt?: number;
  clearedAt?: number;
  /** `Date.now()` when the marks were cleared, to compare with times taken elsewhere. */
  clearedAtEpoch?: number;
}

/**
 * For `page.addInitScript(watchMarks)`: runs in the page before its own scripts, looks every frame
 * and between frames whether the extension's highlights hold a range, and notes when they first
 * do and when they are empty again. The page itself does this; the extension cannot tell. Plain
 * JavaScript in a string: the bench runs under tsx, whose build adds helpers a page does not have.
 */
export const watchMarks = {
  content: `(() => {
    const times = {};
    window.metodelupTimes = times;
    const marked = () => {
      for (const [name, highlight] of CSS.highlights) if (name.startsWith('metodelup') && highlight.size > 0) return true;
      return false;
    };
    const look = () => {
      const now = marked();
      if (now && times.markedAt === undefined) times.markedAt = performance.now();
      if (!now && times.markedAt !== undefined && times.clearedAt === undefined) {
        times.clearedAt = performance.now();
        times.clearedAtEpoch = Date.now();
      }
      requestAnimationFrame(() => setTimeout(look, 0));
    };
    look();
  })();`,
};

/** What `watchMarks` noted on the page so far, with its first paint. */
export function markTimes(page: Page): Promise<MarkTimes> {
  return page.evaluate<MarkTimes>(`({ ...window.metodelupTimes, firstPaint: performance.getEntriesByName('first-paint')[0]?.startTime })`);
}
