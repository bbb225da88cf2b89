// Finds the system Chromium for the browser tests, the benchmark and the icon renderer.
// Shared by scripts/setup.mjs and tests/browser: one list of places, one message when it is missing.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const COMMANDS = ['chromium', 'chromium-browser', 'google-chrome'];

export const CHROMIUM_INSTALL_HINT =
  'Install it with `sudo apt-get install -y chromium` (Debian/Ubuntu) and run `npm run setup` again, ' +
  'or set CHROME_PATH to a Chromium or Chrome executable.';

/** The path of a Chromium executable, or undefined when there is none. */
export function locateChromium() {
  const fromEnv = process.env.CHROME_PATH;
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

/** Like locateChromium, but fails with what to install: a browser test never skips silently. */
export function findChromium() {
  const path = locateChromium();
  if (!path) {
    const where = process.env.CHROME_PATH ? ` (CHROME_PATH=${process.env.CHROME_PATH} does not exist)` : '';
    throw new Error(`No Chromium found${where}. ${CHROMIUM_INSTALL_HINT}`);
  }
  return path;
}
