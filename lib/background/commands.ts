import { browser } from 'wxt/browser';
import { openPanel } from '../browser-ui/open-panel';
import { sendToTab } from '../messages';

export const OPEN_PANEL_COMMAND = 'open-panel';
export const NEXT_TERM_COMMAND = 'next-term';

/**
 * The keyboard shortcuts (unless the user changed them): Alt+Shift+M opens the panel; Alt+Shift+N
 * moves to the next highlighted term on the page and shows its card.
 */
export function wireCommands(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === OPEN_PANEL_COMMAND) void openPanel(tab?.windowId).catch(() => undefined);
    if (command === NEXT_TERM_COMMAND && tab?.id !== undefined) {
      void sendToTab(tab.id, { type: 'show-next-term' }).catch(() => undefined);
    }
  });
}
