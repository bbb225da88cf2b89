import type { HighlighterContext } from './highlighter-context';

/** Longest wait for the page's load event before reading the whole page anyway. */
const LOAD_WAIT_MS = 2000;
/** Longest wait for an idle moment once loaded. */
const IDLE_WAIT_MS = 1000;
/** Looks at the first screen while the page is still being parsed, at most: one a frame. */
const MAX_FIRST_SCREENS = 20;

interface PostTask {
  postTask(callback: () => void, options: { priority: 'user-blocking' }): Promise<void>;
}

/**
 * Runs `callback` in a task of its own as soon as possible: ahead of the page's parsing and other
 * ordinary tasks where `scheduler.postTask` exists, else after a zero timer.
 */
function soon(ctx: HighlighterContext, callback: () => void): void {
  const scheduler = (globalThis as { scheduler?: Partial<PostTask> }).scheduler;
  if (typeof scheduler?.postTask === 'function') void scheduler.postTask(callback, { priority: 'user-blocking' }).catch(() => undefined);
  else ctx.setTimeout(callback, 0);
}

/**
 * When the highlighter reads a page, from a content script that starts before the page is parsed:
 * - `firstScreen` right after the page's first frame, in tasks of its own (a long page paints its
 *   first screen long before it is all parsed; the page's frame is not delayed), its terms painted
 *   in a frame or two; again after each frame while the page is still being parsed and
 *   `firstScreen` says it did not find a screen's worth of text yet;
 * - `parsed` once the page is parsed (changes are watched from then on);
 * - `loaded` after the page's load, in an idle moment: the page's own first frames after load are
 *   its heaviest work, and ours should neither share their tasks nor delay them. A page whose load
 *   never ends (a slow image) is read after a while anyway.
 */
export function readingTimes(
  ctx: HighlighterContext,
  document: Document,
  on: { firstScreen: () => Promise<boolean>; parsed: () => void; loaded: () => void },
): void {
  let firstScreens = 0;
  const inNextFrame = () => {
    ctx.requestAnimationFrame(() => {
      soon(ctx, () => {
        if (ctx.isInvalid) return;
        if (!document.body) {
          inNextFrame();
          return;
        }
        firstScreens += 1;
        void on.firstScreen().then((enough) => {
          if (!enough && document.readyState === 'loading' && firstScreens < MAX_FIRST_SCREENS) inNextFrame();
        });
      });
    });
  };
  inNextFrame();

  let loaded = false;
  const whenLoaded = () => {
    if (loaded) return;
    loaded = true;
    ctx.setTimeout(() => {
      ctx.requestIdleCallback(on.loaded, { timeout: IDLE_WAIT_MS });
    }, 0);
  };
  const whenParsed = () => {
    on.parsed();
    if (document.readyState === 'complete') whenLoaded();
    else {
      ctx.addEventListener(document.defaultView ?? window, 'load', whenLoaded, { once: true });
      ctx.setTimeout(whenLoaded, LOAD_WAIT_MS);
    }
  };
  if (document.readyState === 'loading') ctx.addEventListener(document, 'DOMContentLoaded', whenParsed, { once: true });
  else whenParsed();
}
