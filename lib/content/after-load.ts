/** Longest wait for the page's load before a report is sent anyway (a page whose load never ends). */
const LOAD_WAIT_MS = 2000;

interface Context {
  setTimeout(callback: () => void, ms: number): number;
  addEventListener(target: Window, type: 'load', handler: () => void, options?: AddEventListenerOptions): void;
}

/**
 * Hands on only the latest of the values given, once the page has loaded (at once after). The
 * content script starts before the page is parsed, but the background forgets a tab's report when
 * the tab starts loading: a report sent that early could arrive before that news, and be lost.
 */
export function afterLoad<T>(ctx: Context, window: Window, send: (value: T) => void): (value: T) => void {
  let loaded = window.document.readyState === 'complete';
  let waiting: { value: T } | undefined;
  const flush = () => {
    loaded = true;
    if (!waiting) return;
    const { value } = waiting;
    waiting = undefined;
    send(value);
  };
  if (!loaded) {
    ctx.addEventListener(window, 'load', flush, { once: true });
    ctx.setTimeout(flush, LOAD_WAIT_MS);
  }
  return (value) => {
    if (loaded) send(value);
    else waiting = { value };
  };
}
