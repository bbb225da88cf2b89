// Finds the system Firefox for the Firefox browser test, as find-chromium.mjs does for Chromium.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];
const COMMANDS = ['firefox-esr', 'firefox'];

export const FIREFOX_INSTALL_HINT =
  'Install it with `sudo apt-get install -y firefox-esr` (Debian/Ubuntu) and run `npm run setup` again, ' +
  'or set FIREFOX_PATH to a Firefox executable.';

/** The path of a Firefox executable, or undefined when there is none. */
export function locateFirefox() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  for (const command of COMMANDS) {
    try {
      const path = execFileSync('which', [command], { encoding: 'utf8' }).trim();
      if (path) return path;
    } catch {
      // not on PATH; try the next name
    }
  }
  return undefined;
}

/** Like locateFirefox, but fails with what to install: a browser test never skips silently. */
export function findFirefox() {
  const path = locateFirefox();
  if (!path) {
    const where = process.env.FIREFOX_PATH ? ` (FIREFOX_PATH=${process.env.FIREFOX_PATH} does not exist)` : '';
    throw new Error(`No Firefox found${where}. ${FIREFOX_INSTALL_HINT}`);
  }
  return path;
}
