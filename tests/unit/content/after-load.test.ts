import { describe, expect, it, vi } from 'vitest';
import { afterLoad } from '@/lib/content/after-load';

/** A window that is still loading, and a context whose timers and listeners the test drives. */
function loading() {
  const listeners: (() => void)[] = [];
  const timers: (() => void)[] = [];
  const window = { document: { readyState: 'interactive' } } as unknown as Window;
  const ctx = {
    setTimeout: (callback: () => void) => timers.push(callback),
    addEventListener: (_target: Window, _type: 'load', handler: () => void) => listeners.push(handler),
  };
  return { window, ctx, load: () => listeners.forEach((handler) => handler()), timeOut: () => timers.forEach((callback) => callback()) };
}

describe('reports wait for the page to load', () => {
  it('sends nothing while the page loads, then only the latest report', () => {
    const page = loading();
    const send = vi.fn();
    const report = afterLoad(page.ctx, page.window, send);
    report('off');
    report('guarded');
    expect(send).not.toHaveBeenCalled();
    page.load();
    expect(send.mock.calls).toEqual([['guarded']]);
    report('counts');
    expect(send.mock.calls).toEqual([['guarded'], ['counts']]);
    page.timeOut();
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('sends after a while when the load never ends, and at once on a loaded page', () => {
    const page = loading();
    const send = vi.fn();
    afterLoad(page.ctx, page.window, send)('guarded');
    page.timeOut();
    expect(send.mock.calls).toEqual([['guarded']]);
    const loaded = { document: { readyState: 'complete' } } as unknown as Window;
    const now = vi.fn();
    afterLoad(page.ctx, loaded, now)('counts');
    expect(now.mock.calls).toEqual([['counts']]);
  });
});
