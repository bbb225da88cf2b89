import type { HighlighterContext } from './highlighter-context';

/** Longest wait for the page's load event before reading the whole page anyway. */
const LOAD_WAIT_MS = 2000;
/** Longest wait for an idle moment once loaded. */
const IDLE_WAIT_MS = 1000;
/** Looks at the first screen while the page is still being parsed, at most: one a frame. */
const MAX_FIRST_SCREENS = 20;

/**
 * When the highlighter reads a page, from a content script that starts before the page is parsed:
 * - `firstScreen` in the page's first frame, before it is painted (a long page paints its first
 *   screen long before it is all parsed), and in each frame after while the page is still being
 *   parsed and `firstScreen` says it did not find a screen's worth of text yet;
 * - `parsed` once the page is parsed (changes are watched from then on);
 * - `loaded` after the page's load, in an idle moment: the page's own first frames after load are
 *   its heaviest work, and ours should neither share their tasks nor delay them. A page whose load
 *   never ends (a slow image) is read after a while anyway.
 */
export function readingTimes(
  ctx: HighlighterContext,
  document: Document,
  on: { firstScreen: () => boolean; parsed: () => void; loaded: () => void },
): void {
  let firstScreens = 0;
  const inNextFrame = () => {
    ctx.requestAnimationFrame(() => {
      if (!document.body) {
        inNextFrame();
        return;
      }
      firstScreens += 1;
      const enough = on.firstScreen();
      if (!enough && document.readyState === 'loading' && firstScreens < MAX_FIRST_SCREENS) inNextFrame();
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
