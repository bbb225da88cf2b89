import type { ContentScriptContext } from 'wxt/utils/content-script-context';

type Context = Pick<ContentScriptContext, 'requestAnimationFrame' | 'setTimeout' | 'addEventListener'>;

/** What moves the reader's screen over the page, or shows text that was not there. */
const MOVES = ['scroll', 'resize', 'toggle', 'click', 'load'] as const;

/**
 * Calls `refresh` once after the next frame whenever the reader's screen may show other text:
 * scrolling (the page's or any inner scroller's, a jump to a §), a resize, a `<details>` opened or
 * closed, a click (tabs, accordions), the page's load. After the frame, the layout is done, so
 * reading it costs no extra style or layout work. Returns a function that asks for the same.
 */
export function followReader(ctx: Context, view: Window | null, refresh: () => void): () => void {
  let asked = false;
  const ask = () => {
    if (asked) return;
    asked = true;
    ctx.requestAnimationFrame(() =>
      ctx.setTimeout(() => {
        asked = false;
        refresh();
      }, 0),
    );
  };
  if (view) for (const type of MOVES) ctx.addEventListener(view, type, ask, { capture: true, passive: true });
  return ask;
}
