import { browser } from 'wxt/browser';

/** Firefox's sidebar API, which Chrome's types (and Chrome) lack. */
interface SidebarAction {
  open(): Promise<void>;
  toggle(): Promise<void>;
}

function sidebarAction(): SidebarAction | undefined {
  return (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
}

/** True in Chromium builds, where the panel is `side_panel`; false in Firefox (`sidebar_action`). */
export function hasSidePanel(): boolean {
  return typeof (browser as { sidePanel?: unknown }).sidePanel === 'object';
}

/**
 * Opens the panel beside the given tab. Browsers only allow this in direct answer to a user
 * gesture, so callers call it first, before any `await` in their event listener.
 */
export function openPanel(windowId: number | undefined): Promise<void> {
  if (hasSidePanel()) {
    if (windowId === undefined) return Promise.reject(new Error('Intet vindue at åbne panelet i.'));
    return browser.sidePanel.open({ windowId });
  }
  const sidebar = sidebarAction();
  if (sidebar) return sidebar.open();
  return Promise.reject(new Error('Browseren har hverken sidePanel eller sidebarAction.'));
}

/** The toolbar button: Chromium opens the panel by itself once told to; Firefox toggles its sidebar. */
export function wireToolbarButton(): void {
  if (hasSidePanel()) {
    void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
    return;
  }
  const button = browser.action ?? browser.browserAction;
  button.onClicked.addListener(() => {
    void sidebarAction()?.toggle();
  });
}
