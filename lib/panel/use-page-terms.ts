import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { askPageHost, type PageAct, type PageState } from '../messages';
import { pageTerms, totalCounts } from '../page-terms';
import { hostOf } from '../settings';

export interface PageTermsState {
  tabId?: number;
  /** The tab's site, where the browser tells it. */
  host?: string;
  /** Entry id → occurrences in the tab, all frames together. */
  counts: Record<string, number>;
  /** Why the page marks nothing, when it does not. */
  state?: PageState;
  /** The act the page holds, and which of its documents. */
  act?: PageAct;
}

/**
 * The terms found in the tab the panel stands beside (the active tab of its window), kept current
 * as the page rescans and as the user switches tabs. `?tab=ID` pins a tab: the panel opened as a
 * page of its own (where the side panel cannot open) still shows the page it came from.
 */
export function usePageTerms(): PageTermsState {
  const [state, setState] = useState<PageTermsState>({ counts: {} });
  useEffect(() => {
    const pinned = Number(new URLSearchParams(location.search).get('tab')) || undefined;
    let stopped = false;
    const load = async () => {
      const tab = pinned
        ? await browser.tabs.get(pinned).catch(() => undefined)
        : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
      const tabId = pinned ?? tab?.id;
      const all = await pageTerms.getValue();
      const terms = tabId === undefined ? undefined : all[String(tabId)];
      if (stopped) return;
      // The browser tells a tab's address only with extra permissions; the page itself answers.
      const host = hostOf(tab?.url) ?? (tabId === undefined ? undefined : await askPageHost(tabId).catch(() => undefined));
      if (stopped) return;
      setState({
        tabId,
        counts: totalCounts(terms),
        ...(host ? { host } : {}),
        ...(terms?.state ? { state: terms.state } : {}),
        ...(terms?.act ? { act: terms.act } : {}),
      });
    };
    const reload = () => {
      void load();
    };
    reload();
    const unwatch = pageTerms.watch(reload);
    browser.tabs.onActivated.addListener(reload);
    browser.tabs.onUpdated.addListener(reload);
    return () => {
      stopped = true;
      unwatch();
      browser.tabs.onActivated.removeListener(reload);
      browser.tabs.onUpdated.removeListener(reload);
    };
  }, []);
  return state;
}
