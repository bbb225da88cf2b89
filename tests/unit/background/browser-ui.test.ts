import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { LOOKUP_MENU_ID } from '@/lib/background/context-menu';
import { SITE_MENU_ID, TOGGLE_SITE_COMMAND } from '@/lib/background/site-toggle';
import { getSettings } from '@/lib/settings';
import { lookupRequest } from '@/lib/lookup-request';
import { fillBrowserGaps } from '../helpers/browser-gaps';

const tab = { id: 7, windowId: 3, index: 0, highlighted: true, active: true, pinned: false, incognito: false };

describe('background: toolbar, context menu and shortcut', () => {
  let gaps: ReturnType<typeof fillBrowserGaps>;

  beforeEach(() => {
    fakeBrowser.reset();
    gaps = fillBrowserGaps();
    void background.main();
  });
  afterEach(() => gaps.restore());

  it('makes the toolbar button open the side panel', () => {
    expect(gaps.sidePanel.setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
  });

  it('adds "Slå op" for selected text when installed', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    expect(gaps.createMenu).toHaveBeenCalledWith({
      id: LOOKUP_MENU_ID,
      title: "Slå '%s' op i Metodelup",
      contexts: ['selection'],
    });
  });

  it('opens the panel in the window of the click and hands it the selection to search', async () => {
    gaps.clickMenu({ menuItemId: LOOKUP_MENU_ID, selectionText: '  personlig\n assistance ' }, tab);
    expect(gaps.sidePanel.open).toHaveBeenCalledWith({ windowId: 3 });
    await expect.poll(() => lookupRequest.getValue()).toMatchObject({ query: 'personlig assistance' });
  });

  it('ignores clicks on menu items that are not ours', async () => {
    gaps.clickMenu({ menuItemId: 'another-extension', selectionText: 'IPS' }, tab);
    expect(gaps.sidePanel.open).not.toHaveBeenCalled();
    expect(await lookupRequest.getValue()).toBeNull();
  });

  it('asks the tab for the next term on the other keyboard command', () => {
    const sendMessage = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    gaps.runCommand('next-term', tab);
    expect(sendMessage).toHaveBeenCalledWith(7, { type: 'show-next-term' }, { frameId: 0 });
    expect(gaps.sidePanel.open).not.toHaveBeenCalled();
  });

  it('opens the panel on the keyboard command, and only on ours', () => {
    gaps.runCommand('something-else', tab);
    expect(gaps.sidePanel.open).not.toHaveBeenCalled();
    gaps.runCommand('open-panel', tab);
    expect(gaps.sidePanel.open).toHaveBeenCalledWith({ windowId: 3 });
  });
});

describe('background: turning Metodelup off on a site', () => {
  let gaps: ReturnType<typeof fillBrowserGaps>;

  beforeEach(() => {
    fakeBrowser.reset();
    gaps = fillBrowserGaps();
    vi.spyOn(fakeBrowser.contextMenus, 'update').mockResolvedValue(undefined);
    void background.main();
  });
  afterEach(() => gaps.restore());

  const disabledSites = async () => (await getSettings()).settings.disabledSites;

  it('adds "Slå Metodelup fra på …" to the page\'s menu when installed', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    expect(gaps.createMenu).toHaveBeenCalledWith(expect.objectContaining({ id: SITE_MENU_ID, contexts: ['page'] }));
  });

  it('turns the site of the page off from its context menu, and on again', async () => {
    gaps.clickMenu({ menuItemId: SITE_MENU_ID, pageUrl: 'https://www.sag.kommune.dk/borger/123' }, tab);
    await expect.poll(disabledSites).toEqual(['sag.kommune.dk']);
    gaps.clickMenu({ menuItemId: SITE_MENU_ID, pageUrl: 'https://www.sag.kommune.dk/andet' }, tab);
    await expect.poll(disabledSites).toEqual([]);
  });

  it('toggles the current site on the keyboard command', async () => {
    gaps.runCommand(TOGGLE_SITE_COMMAND, { ...tab, url: 'https://star.dk/indsatser' });
    await expect.poll(disabledSites).toEqual(['star.dk']);
    gaps.runCommand(TOGGLE_SITE_COMMAND, { ...tab, url: 'https://www.star.dk/x' });
    await expect.poll(disabledSites).toEqual([]);
  });
});
