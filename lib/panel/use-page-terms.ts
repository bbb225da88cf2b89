import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { pageTerms, totalCounts } from '../page-terms';

export interface PageTermsState {
  tabId?: number;
  /** Entry id → occurrences in the tab, all frames together. */
  counts: Record<string, number>;
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
      const tabId = pinned ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      const all = await pageTerms.getValue();
      if (!stopped) setState({ tabId, counts: tabId === undefined ? {} : totalCounts(all[String(tabId)]) });
    };
    const reload = () => {
      void load();
    };
    reload();
    const unwatch = pageTerms.watch(reload);
    browser.tabs.onActivated.addListener(reload);
    return () => {
      stopped = true;
      unwatch();
      browser.tabs.onActivated.removeListener(reload);
    };
  }, []);
  return state;
}
