// Finds the system Firefox for the Firefox browser test, as find-chromium.mjs does for Chromium.
import { findExecutable, locateExecutable } from './find-executable.mjs';

const PLACES = {
  envVar: 'FIREFOX_PATH',
  paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
  commands: ['firefox-esr', 'firefox'],
};

export const FIREFOX_INSTALL_HINT =
  'Install it with `sudo apt-get install -y firefox-esr` (Debian/Ubuntu) and run `npm run setup` again, ' +
  'or set FIREFOX_PATH to a Firefox executable.';

/** The path of a Firefox executable, or undefined when there is none. */
export const locateFirefox = () => locateExecutable(PLACES);

/** Like locateFirefox, but fails with what to install: a browser test never skips silently. */
export const findFirefox = () => findExecutable(PLACES, 'Firefox', FIREFOX_INSTALL_HINT);
