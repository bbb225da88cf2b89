import { browser } from 'wxt/browser';
import { openPanel } from '../browser-ui/open-panel';
import { t } from '../i18n';
import { lookupRequest, normaliseSelection } from '../lookup-request';

export const LOOKUP_MENU_ID = 'metodelup-lookup-selection';

/** Menus persist across service-worker restarts, so they are (re)created on install and update. */
export function createLookupMenu(): void {
  browser.contextMenus.create({
    id: LOOKUP_MENU_ID,
    title: t('lookupMenu'),
    contexts: ['selection'],
  });
}

/** "Slå op": opens the panel first (it needs the gesture), then hands it the selection to search. */
export function wireLookupMenu(): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== LOOKUP_MENU_ID) return;
    const query = normaliseSelection(info.selectionText ?? '');
    void openPanel(tab?.windowId).catch(() => undefined);
    if (query) void lookupRequest.setValue({ query, requestedAt: Date.now() });
  });
}
