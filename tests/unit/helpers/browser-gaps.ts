import { readFileSync } from 'node:fs';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** The Danish messages, as the browser would answer `i18n.getMessage` in Danish. */
const danish = JSON.parse(readFileSync('public/_locales/da/messages.json', 'utf8')) as Record<string, { message: string }>;

type Listener = (...args: never[]) => unknown;

/**
 * fakeBrowser leaves some APIs unimplemented (context menus, commands, i18n, Chrome's side panel) and
 * tells us to stand in for them. This does so with spies only: it records what the code under test
 * registers and calls, and implements nothing else.
 */
export function fillBrowserGaps() {
  const listeners = {
    menuClicked: [] as Listener[],
    command: [] as Listener[],
  };
  const createMenu = vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation(() => 0);
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => danish[key]?.message ?? '');
  vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation((listener) => {
    listeners.menuClicked.push(listener);
  });
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation((listener) => {
    listeners.command.push(listener);
  });
  const sidePanel = {
    open: vi.fn(() => Promise.resolve()),
    setPanelBehavior: vi.fn(() => Promise.resolve()),
  };
  Object.assign(fakeBrowser, { sidePanel });

  const fire = (list: Listener[], ...args: unknown[]) => {
    for (const listener of list) (listener as (...a: unknown[]) => unknown)(...args);
  };
  return {
    createMenu,
    sidePanel,
    clickMenu: (...args: unknown[]) => fire(listeners.menuClicked, ...args),
    runCommand: (...args: unknown[]) => fire(listeners.command, ...args),
    restore: () => {
      Reflect.deleteProperty(fakeBrowser, 'sidePanel');
    },
  };
}
