import { describe, expect, it, vi } from 'vitest';
import { watchAddress } from '@/lib/content/watch-address';

/** A window with an address a test can change, and WXT's context reduced to what the watcher asks of it. */
function fakeWindow(withNavigation: boolean) {
  const location = { href: 'https://example.dk/sag' };
  const navigation = withNavigation ? new EventTarget() : undefined;
  const window = { location, navigation } as unknown as Window;
  const intervals: (() => void)[] = [];
  const ctx = {
    addEventListener: (target: EventTarget, type: string, handler: () => void) => {
      target.addEventListener(type, handler);
    },
    setInterval: (handler: () => void) => intervals.push(handler),
  };
  return { window, location, navigation, intervals, ctx };
}

describe('watchAddress', () => {
  it('reports a new address once the Navigation API has committed it, not a jump to an anchor', () => {
    const { window, location, navigation, intervals, ctx } = fakeWindow(true);
    const onChange = vi.fn();
    watchAddress(ctx, window, onChange);
    navigation?.dispatchEvent(new Event('currententrychange'));
    // A jump to § 3 in the table of contents is the same page.
    location.href = 'https://example.dk/sag#p3';
    navigation?.dispatchEvent(new Event('currententrychange'));
    expect(onChange).not.toHaveBeenCalled();
    location.href = 'https://example.dk/sag?visning=2';
    navigation?.dispatchEvent(new Event('currententrychange'));
    navigation?.dispatchEvent(new Event('currententrychange'));
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(intervals).toEqual([]);
  });

  it('looks at the address every second where the browser has no Navigation API', () => {
    const { window, location, intervals, ctx } = fakeWindow(false);
    const onChange = vi.fn();
    watchAddress(ctx, window, onChange);
    expect(intervals).toHaveLength(1);
    intervals[0]?.();
    location.href = 'https://example.dk/sag?side=2';
    intervals[0]?.();
    intervals[0]?.();
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
