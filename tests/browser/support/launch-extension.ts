import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { findChromium } from '../../../scripts/find-chromium.mjs';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

export interface LaunchedExtension {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  close: () => Promise<void>;
}

export interface LaunchOptions {
  language?: 'da' | 'en';
  /**
   * A profile folder to use and keep (the caller removes it): the browser started again on it is a
   * browser restarted, with what the extension stored the time before. Default: a fresh one,
   * removed on close.
   */
  profile?: string;
}

/**
 * Starts the system Chromium headless with the built extension, and returns as soon as the browser
 * is up — before the extension's background may have started. Throws, with what to do, when the
 * browser or the build is missing: a browser test never skips silently.
 */
export async function startChromium(options: LaunchOptions = {}): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const language = options.language ?? 'da';
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}. Run \`npm run build\` (npm test does it for you).`);
  }
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'metodelup-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    // The browser's language decides the extension's UI language (Danish first; Debian needs
    // chromium-l10n for Danish, which `npm run setup` installs).
    env: { ...process.env, LANGUAGE: language, LANG: language === 'da' ? 'da_DK.UTF-8' : 'en_US.UTF-8' },
    locale: language === 'da' ? 'da-DK' : 'en-US',
    viewport: { width: 1280, height: 800 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      if (!options.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Starts Chromium with the built extension (startChromium) and waits for its background. */
export async function launchExtension(options: LaunchOptions = {}): Promise<LaunchedExtension> {
  const { context, close } = await startChromium(options);
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  return { context, extensionId, serviceWorker, close };
}

interface SessionStorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** Reads a key of the extension's session storage (where WXT's `session:` items live). */
export function readSessionStorage(extension: LaunchedExtension, key: string): Promise<unknown> {
  return extension.serviceWorker.evaluate(async (storageKey) => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { session: SessionStorageArea } } };
    const stored = await chrome.storage.session.get(storageKey);
    return stored[storageKey];
  }, key);
}

/** Reads a key of the extension's local storage (where the background keeps the known policy). */
export function readLocalStorage(extension: Pick<LaunchedExtension, 'serviceWorker'>, key: string): Promise<unknown> {
  return extension.serviceWorker.evaluate(async (storageKey) => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { local: SessionStorageArea } } };
    const stored = await chrome.storage.local.get(storageKey);
    return stored[storageKey];
  }, key);
}

/** Writes keys of the extension's session storage, as the extension itself would. */
export async function writeSessionStorage(extension: LaunchedExtension, items: Record<string, unknown>): Promise<void> {
  await extension.serviceWorker.evaluate(async (values) => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { session: SessionStorageArea } } };
    await chrome.storage.session.set(values);
  }, items);
}
