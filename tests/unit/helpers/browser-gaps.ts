import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Listener = (...args: never[]) => unknown;

/**
 * fakeBrowser leaves some APIs unimplemented (context menus, commands, Chrome's side panel) and
 * tells us to stand in for them. This does so with spies only: it records what the code under test
 * registers and calls, and implements nothing else.
 */
export function fillBrowserGaps() {
  const listeners = {
    menuClicked: [] as Listener[],
    command: [] as Listener[],
  };
  const createMenu = vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation(() => 0);
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
