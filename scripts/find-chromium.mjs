// Finds the system Chromium for the browser tests, the benchmark and the icon renderer.
// Shared by scripts/setup.mjs and tests/browser: one list of places, one message when it is missing.
import { findExecutable, locateExecutable } from './find-executable.mjs';

const PLACES = {
  envVar: 'CHROME_PATH',
  paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
  commands: ['chromium', 'chromium-browser', 'google-chrome'],
};

export const CHROMIUM_INSTALL_HINT =
  'Install it with `sudo apt-get install -y chromium` (Debian/Ubuntu) and run `npm run setup` again, ' +
  'or set CHROME_PATH to a Chromium or Chrome executable.';

/** The path of a Chromium executable, or undefined when there is none. */
export const locateChromium = () => locateExecutable(PLACES);

/** Like locateChromium, but fails with what to install: a browser test never skips silently. */
export const findChromium = () => findExecutable(PLACES, 'Chromium', CHROMIUM_INSTALL_HINT);
