import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { glossaryPlugin } from './scripts/vite-glossary-plugin';

// One source for Chrome/Edge (MV3, side_panel) and Firefox (MV2, sidebar_action): WXT maps the
// `sidepanel` entrypoint to each browser's own panel key.
const require = createRequire(import.meta.url);

/**
 * The public half of the extension's signing key. It fixes the Chromium extension id, also for an
 * unpacked build, at cjgcfbioglghkijpeekpfngcbbjkplid: the id that IT's policies
 * (`3rdparty.extensions.<id>`) and the Chromium policy test name. The private half is not in the
 * repository; the Chrome Web Store ignores this key and signs with its own.
 */
const CHROMIUM_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAvfpb6h1RCMv5L5BUehGrjMv7xv3o4xzUp/LcXo3q0ql/s+vLRyeDPLWejROZQciRNW7t5KMszS60KjUIjCHQVxS1eBaKwp0VQqEm+lu8qq1Jo2XnR4STZAkox0F9Zi+KtfPJRTGi8UiRQ9sblvNA30oT1E3kTf0n6AeS2yMcmaiuvxlkaKFUmRiGnheGrBKPKnCpR2YWrm40m9F+l5ErCK2HUU9HfqcWRmbhf/4EqS1TnYxLbqhbvVcHp3CsE81D5G0TawOdwmohzJjlddUmmsjU+4SKsY+EelnfrqBy++ScEzzgGNl6rUmOIbWnm9c3utk7raIkLT8jssAcXUKYowIDAQAB';

/** Builds that run in web pages: the content script, and the hover card's code it loads. */
const IN_PAGES = new Set(['content', 'hover-card']);

export default defineConfig({
  // Explicit imports everywhere: a reader sees where `browser` and `defineContentScript` come from.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    // In web pages the browser's own promise-based API (Chromium's MV3 `chrome`, Firefox's
    // `browser`) covers the little the content script asks of it (messages, getURL, i18n). The
    // polyfill's bundling there made every page pay for instantiating every API namespace at start
    // (about 1.4 ms a page); the background and the panel keep it.
    //
    // WXT's content-script context is replaced there by a subclass (lib/content/private-context.ts)
    // whose copies stop each other without an event that the page can hear or send.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => IN_PAGES.has(entrypoint.name))) return;
      config.resolve ??= {};
      const alias = config.resolve.alias;
      const own = [
        { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' },
        { find: /^wxt\/utils\/content-script-context$/, replacement: resolve('lib/content/private-context.ts') },
        { find: /^metodelup:wxt-content-script-context$/, replacement: require.resolve('wxt/utils/content-script-context') },
      ];
      const others = Array.isArray(alias)
        ? (alias as readonly { find: string | RegExp; replacement: string }[])
        : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement: String(replacement) }));
      config.resolve.alias = [...own, ...others.filter((entry) => entry.find !== 'wxt/browser')];
    },
  },
  vite: () => ({
    plugins: [preact(), glossaryPlugin()],
    // NO_MINIFY=1 keeps function names, for reading profiles (BENCH_HOTSPOTS=1 npm run bench).
    build: { minify: process.env.NO_MINIFY ? false : undefined },
  }),
  manifest: ({ browser }) => ({
    name: 'Metodelup',
    // Danish first; English where the browser is not Danish (public/_locales).
    default_locale: 'da',
    description: '__MSG_extDescription__',
    // `storage` for settings and the found terms, `contextMenus` for "look up the selection" and
    // "turn off on this site"; `activeTab` lets the keyboard command read the site it is used on;
    // the side panel permission exists only in Chromium. `unlimitedStorage`: the own and the
    // organisation's entries with what is made of them for pages passed storage.local's 10 MB at
    // about 12,000 ordinary rows; Metodelup holds itself to a budget of its own instead, which the
    // caseworker sees before an import (lib/custom-glossary/room.ts, README "Privatliv").
    permissions: ['storage', 'unlimitedStorage', 'contextMenus', 'activeTab', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    action: { default_title: '__MSG_openPanel__' },
    // The hover card's code, loaded by the content script on the first card (lib/content/hover/
    // load-card-view.ts). In Chromium through an address that changes every session, so that a
    // page cannot probe for the file to learn that the extension is installed.
    web_accessible_resources: [
      {
        resources: ['hover-card.js'],
        matches: ['http://*/*', 'https://*/*'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    commands: {
      'open-panel': {
        suggested_key: { default: 'Alt+Shift+M' },
        description: '__MSG_openPanel__',
      },
      'next-term': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_commandNextTerm__',
      },
      'toggle-site': {
        suggested_key: { default: 'Alt+Shift+O' },
        description: '__MSG_commandToggleSite__',
      },
    },
    // Managed policy (public/managed-schema.json, README "For IT"). Only Chromium reads the schema:
    // Firefox warns on the key and takes the same values from policies.json without one.
    ...(browser === 'firefox' ? {} : { key: CHROMIUM_PUBLIC_KEY, storage: { managed_schema: 'managed-schema.json' } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'metodelup@metodelup.dk',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android knows data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
