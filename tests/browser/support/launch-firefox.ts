import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { findFirefox } from '../../../scripts/find-firefox.mjs';

export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv2');

/**
 * Starts the system Firefox headless (puppeteer-core over WebDriver BiDi, no downloaded browser)
 * with the built Firefox extension installed as a temporary add-on. Throws, with what to do, when
 * the browser or the build is missing.
 */
export async function launchFirefox(): Promise<Browser> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox build in ${FIREFOX_EXTENSION_DIR}. Run \`npm run build:firefox\` (npm test does it for you).`);
  }
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: findFirefox(), headless: true });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  return browser;
}
