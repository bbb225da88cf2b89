import { browser, type Browser } from 'wxt/browser';
import { t } from '../i18n';
import { getSettings, hostOf, normaliseSite, siteListed, updateSettings } from '../settings';

export const SITE_MENU_ID = 'metodelup-toggle-site';
export const TOGGLE_SITE_COMMAND = 'toggle-site';

/**
 * Turns Metodelup off on a host (and its subdomains), or on again where the user had turned it off.
 * Sites the organisation turned off stay off.
 */
export async function toggleSite(host: string): Promise<void> {
  await updateSettings((user) => {
    const listed = siteListed(host, user.disabledSites);
    return {
      // "www.kommune.dk" turns off kommune.dk with its subdomains.
      disabledSites: listed ? user.disabledSites.filter((site) => site !== listed) : [...user.disabledSites, normaliseSite(host)],
    };
  });
}

/** The page's context menu: "Slå Metodelup fra på <host>", named for the page it is opened on. */
export function createSiteMenu(): void {
  browser.contextMenus.create({
    id: SITE_MENU_ID,
    title: t('turnOffSiteMenu', '…'),
    contexts: ['page'],
    documentUrlPatterns: ['http://*/*', 'https://*/*'],
  });
}

async function nameMenuFor(url: string | undefined): Promise<void> {
  const host = hostOf(url);
  if (!host) return;
  const { settings } = await getSettings();
  const off = siteListed(host, settings.disabledSites);
  await browser.contextMenus.update(SITE_MENU_ID, { title: t(off ? 'turnOnSiteMenu' : 'turnOffSiteMenu', host) });
}

/** The menu item and the keyboard command both toggle the current site. */
export function wireSiteToggle(): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== SITE_MENU_ID) return;
    const host = hostOf(info.pageUrl ?? tab?.url);
    if (host) void toggleSite(host).then(() => nameMenuFor(info.pageUrl ?? tab?.url)).catch(() => undefined);
  });
  browser.commands.onCommand.addListener((command, tab?: Browser.tabs.Tab) => {
    if (command !== TOGGLE_SITE_COMMAND) return;
    void (async () => {
      const active = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
      const host = hostOf(active?.url);
      if (host) await toggleSite(host);
      await nameMenuFor(active?.url);
    })().catch(() => undefined);
  });
  // Name the item for the page in front (the browser has no per-page titles).
  browser.tabs.onActivated.addListener(({ tabId }) => {
    void browser.tabs
      .get(tabId)
      .then((tab) => nameMenuFor(tab.url))
      .catch(() => undefined);
  });
  browser.tabs.onUpdated.addListener((_tabId, info, tab) => {
    if (info.url && tab.active) void nameMenuFor(info.url).catch(() => undefined);
  });
}
