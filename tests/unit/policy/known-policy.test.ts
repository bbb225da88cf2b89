import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { KNOWN_POLICY_KEY, type KnownPolicy } from '@/lib/policy/known-policy';

/** The modules afresh, as a new page's content script would load them. */
async function freshPage() {
  vi.resetModules();
  return import('@/lib/settings');
}
const freshBackground = async () => (await import('@/lib/background/remember-policy')).rememberPolicy;

const stored = async () => (await fakeBrowser.storage.local.get(KNOWN_POLICY_KEY))[KNOWN_POLICY_KEY] as KnownPolicy | undefined;
const remember = (raw: unknown) => fakeBrowser.storage.local.set({ [KNOWN_POLICY_KEY]: { raw, readAt: Date.now() } satisfies KnownPolicy });
/**
 * The managed store as right after Chromium starts: every read waits for its first answer; once
 * it has answered, reads answer at once.
 */
const slowStore = (onRead: () => void = () => undefined) => {
  const waiting: ((value: Record<string, unknown>) => void)[] = [];
  let answered: Record<string, unknown> | undefined;
  vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementation(() => {
    onRead();
    return answered
      ? Promise.resolve(answered)
      : new Promise((resolve) => {
          waiting.push(resolve);
        });
  });
  return (value: Record<string, unknown>) => {
    answered = value;
    for (const resolve of waiting.splice(0)) resolve(value);
  };
};

describe('the policy as last known (issue 22)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('is used at once, without waiting for the managed store: a remembered site turned off is off', async () => {
    const read = vi.fn();
    slowStore(read);
    await remember({ disabledSites: ['sag.kommune.dk'] });
    const { getSettings, offReason } = await freshPage();
    const effective = await getSettings();
    expect(offReason(effective, 'sag.kommune.dk')).toBe('organisation-site');
    expect(read).not.toHaveBeenCalled();
  });

  it('is followed the moment a fresh one arrives: a site turned off now is off in an open page', async () => {
    const answer = slowStore();
    await fakeBrowser.storage.managed.set({ disabledSites: ['sag.kommune.dk', 'mail.kommune.dk'] });
    await remember({ disabledSites: ['mail.kommune.dk'] });
    const { getSettings, offReason, watchSettings } = await freshPage();
    expect(offReason(await getSettings(), 'sag.kommune.dk')).toBeUndefined();
    const seen: (string | undefined)[] = [];
    const stop = watchSettings((next) => seen.push(offReason(next, 'sag.kommune.dk')));
    (await freshBackground())();
    answer({ disabledSites: ['sag.kommune.dk', 'mail.kommune.dk'] });
    await vi.waitFor(() => {
      expect(seen).toEqual(['organisation-site']);
    });
    stop();
  });

  it('on the first run, waits for the first answer, shared: a page left before it comes does not cost the next one', async () => {
    const answer = slowStore();
    (await freshBackground())();
    const first = await freshPage();
    let firstDone = false;
    void first.getSettings().then(() => (firstDone = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(firstDone).toBe(false);
    // The first page is left; the background's read goes on and answers.
    answer({ highlightingEnabled: false });
    await vi.waitFor(async () => {
      expect((await stored())?.raw).toEqual({ highlightingEnabled: false });
    });
    const next = await freshPage();
    expect((await next.getSettings()).settings.enabled).toBe(false);
  });

  it("on the first run, is never worse than asking the store: a page's own read answers when the background does not", async () => {
    await fakeBrowser.storage.managed.set({ disabledSites: ['kommune.dk'] });
    const { getSettings, offReason } = await freshPage();
    expect(offReason(await getSettings(), 'sag.kommune.dk')).toBe('organisation-site');
  });

  it('is written by the background only when the store says something new, and again when the store changes', async () => {
    await fakeBrowser.storage.managed.set({ disabledSites: ['kommune.dk'] });
    await remember({ disabledSites: ['kommune.dk'] });
    const before = await stored();
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const rememberPolicy = await freshBackground();
    rememberPolicy();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(set).not.toHaveBeenCalled();
    expect(await stored()).toEqual(before);
    await fakeBrowser.storage.managed.set({ highlightingEnabled: false });
    await vi.waitFor(async () => {
      expect((await stored())?.raw).toEqual({ disabledSites: ['kommune.dk'], highlightingEnabled: false });
    });
  });

  it('is no policy where the store has none (Firefox rejects get() then)', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    (await freshBackground())();
    await vi.waitFor(async () => {
      expect((await stored())?.raw).toEqual({});
    });
  });
});
