/** What the watcher needs from WXT's content-script context. */
interface WatchContext {
  addEventListener(target: EventTarget, type: string, handler: () => void): void;
  setInterval(handler: () => void, timeout: number): number;
}

/**
 * Calls `onChange` when a single-page app changes the address without loading a page (a new
 * path or query; not a jump to an anchor): on the Navigation API's `currententrychange` (after
 * the address has changed), else by a look at the address every second. WXT's own
 * `wxt:locationchange` is an event on `window` named after the extension's id, which pages could
 * hear and send; nothing here reaches the page.
 */
export function watchAddress(ctx: WatchContext, window: Window, onChange: () => void): void {
  // A jump to an anchor (a § in an act's table of contents) stays on the same page.
  const current = () => window.location.href.split('#')[0];
  let address = current();
  const check = () => {
    const now = current();
    if (now === address) return;
    address = now;
    onChange();
  };
  const navigation = (window as { navigation?: Partial<EventTarget> }).navigation;
  if (navigation && typeof navigation.addEventListener === 'function') ctx.addEventListener(navigation as EventTarget, 'currententrychange', check);
  else ctx.setInterval(check, 1000);
}
