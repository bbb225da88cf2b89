import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { pageTerms, totalCounts } from '@/lib/page-terms';
import { fillBrowserGaps } from '../helpers/browser-gaps';

const sender = (tabId: number, frameId = 0) => ({ tab: { id: tabId } as never, frameId });

async function send(message: unknown, from: ReturnType<typeof sender>): Promise<void> {
  await (fakeBrowser.runtime.onMessage.trigger(message, from) as Promise<unknown>);
}

describe('background: terms found on a page', () => {
  let gaps: ReturnType<typeof fillBrowserGaps>;

  beforeEach(() => {
    fakeBrowser.reset();
    gaps = fillBrowserGaps();
    void background.main();
  });
  afterEach(() => gaps.restore());

  it('adds up the frames of a tab and shows the number of distinct terms on the badge', async () => {
    await send({ type: 'page-terms', counts: { fleksjob: 3, ips: 1 } }, sender(5));
    await send({ type: 'page-terms', counts: { fleksjob: 2, mentor: 1 } }, sender(5, 9));
    await expect.poll(async () => totalCounts((await pageTerms.getValue())['5'])).toEqual({ fleksjob: 5, ips: 1, mentor: 1 });
    await expect.poll(() => fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('3');
  });

  it('replaces what a frame reported before when it reports again', async () => {
    await send({ type: 'page-terms', counts: { fleksjob: 3 } }, sender(5));
    await send({ type: 'page-terms', counts: { ips: 1 } }, sender(5));
    await expect.poll(async () => totalCounts((await pageTerms.getValue())['5'])).toEqual({ ips: 1 });
  });

  it('forgets a tab when it loads a new page or closes, and ignores foreign messages', async () => {
    await send({ type: 'page-terms', counts: { ips: 1 } }, sender(5));
    await send({ type: 'page-terms', counts: { ips: 1 } }, sender(6));
    await send({ type: 'something', counts: { ips: 1 } }, sender(8));
    await expect.poll(async () => Object.keys(await pageTerms.getValue()).sort()).toEqual(['5', '6']);

    await fakeBrowser.tabs.onUpdated.trigger(5, { status: 'loading' }, { id: 5 } as never);
    await fakeBrowser.tabs.onRemoved.trigger(6, { windowId: 1, isWindowClosing: false });
    await expect.poll(async () => Object.keys(await pageTerms.getValue())).toEqual([]);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('');
  });
});
