import { browser } from 'wxt/browser';
import { openPanel } from '../browser-ui/open-panel';
import { entryRequest } from '../lookup-request';
import { onMessage } from '../messages';

/**
 * "Læs mere" on the hover card: the panel opens on the entry's detail view. The click in the page
 * is the user gesture the browser requires; where it still refuses, the detail view opens in a tab.
 */
export function wireOpenEntry(): void {
  onMessage('open-entry', ({ entryId }, sender) => {
    const tab = sender.tab;
    void openPanel(tab?.windowId).catch(() =>
      browser.tabs.create({
        url: browser.runtime.getURL(`/sidepanel.html?tab=${String(tab?.id ?? '')}#/entry/${entryId}`),
        index: tab ? tab.index + 1 : undefined,
      }),
    );
    void entryRequest.setValue({ entryId, requestedAt: Date.now() });
  });
}
