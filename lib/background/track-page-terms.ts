import { browser } from 'wxt/browser';
import { onMessage } from '../messages';
import { pageTerms, totalCounts, type TabTerms } from '../page-terms';
import { getSettings, watchSettings } from '../settings';

/**
 * Keeps `pageTerms` and the toolbar badge (the number of distinct terms) current. Updates run one
 * at a time: frames of one page report at once, and each update reads before it writes.
 */
export function trackPageTerms(): void {
  let queue = Promise.resolve();
  const update = (change: (all: Record<string, TabTerms>) => string | undefined) => {
    queue = queue
      .then(async () => {
        const all = await pageTerms.getValue();
        const tabId = change(all);
        await pageTerms.setValue(all);
        if (tabId !== undefined) await showBadge(Number(tabId), all[tabId]);
      })
      .catch((error: unknown) => console.error('Metodelup: kunne ikke gemme sidens termer', error));
  };

  onMessage('page-terms', (message, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    update((all) => {
      const key = String(tabId);
      const frameId = String(sender.frameId ?? 0);
      const top = frameId === '0';
      const state = top ? message.state : all[key]?.state;
      const act = top ? message.act : all[key]?.act;
      all[key] = { frames: { ...all[key]?.frames, [frameId]: message.counts }, ...(state ? { state } : {}), ...(act ? { act } : {}) };
      return key;
    });
  });

  // A new document in the tab starts a new list; its frames report anew.
  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.status !== 'loading') return;
    update((all) => {
      delete all[String(tabId)];
      return String(tabId);
    });
  });

  // Turning the badge off (or on) shows at once on every tab.
  watchSettings(() => {
    void pageTerms.getValue().then((all) =>
      Promise.all(Object.entries(all).map(([tabId, tab]) => showBadge(Number(tabId), tab))).catch(() => undefined),
    );
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    update((all) => {
      delete all[String(tabId)];
      return undefined;
    });
  });
}

async function showBadge(tabId: number, tab: TabTerms | undefined): Promise<void> {
  const { settings } = await getSettings();
  const distinct = Object.keys(totalCounts(tab)).length;
  const badge = browser.action ?? browser.browserAction;
  const text = settings.badge && !tab?.state && distinct > 0 ? String(distinct) : '';
  await badge.setBadgeText({ tabId, text });
}
