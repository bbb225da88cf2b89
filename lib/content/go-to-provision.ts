import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ProvisionTarget } from './hover/reference-card';

/**
 * "Gå til § 7 a": a new entry in the tab's history, then the provision scrolled into view and
 * flashed (`reveal`). The entry keeps the page's own history state, and its address gets the
 * provision's id where the page has one (`#P7a`, as retsinformation.dk's own links), so the
 * address says where the reader is. Back returns to the sentence the reader left: the browser
 * restores the scroll position of the entry it goes back to, and where the page has taken that
 * over (`history.scrollRestoration = 'manual'`) this does it once.
 */
export function goToProvision(ctx: ContentScriptContext, window: Window, target: ProvisionTarget, reveal: (range: AbstractRange) => boolean): void {
  const { history, location } = window;
  const left = { x: window.scrollX, y: window.scrollY, address: location.href };
  try {
    history.pushState(history.state, '', target.anchor ? `#${encodeURIComponent(target.anchor)}` : location.href);
  } catch {
    // A sandboxed or opaque document refuses history entries: the jump alone still helps.
  }
  reveal(target.range);
  if (history.scrollRestoration !== 'manual') return;
  let done = false;
  ctx.addEventListener(window, 'popstate', () => {
    if (done || location.href !== left.address) return;
    done = true;
    window.scrollTo(left.x, left.y);
  });
}
