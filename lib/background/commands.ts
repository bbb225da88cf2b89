import { browser } from 'wxt/browser';
import { openPanel } from '../browser-ui/open-panel';

export const OPEN_PANEL_COMMAND = 'open-panel';

/** The keyboard shortcut (Alt+Shift+M unless the user changed it) opens the panel. */
export function wireCommands(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== OPEN_PANEL_COMMAND) return;
    void openPanel(tab?.windowId).catch(() => undefined);
  });
}
