// `npm run setup`: everything a fresh machine needs, safe to run again.
// 1. npm ci  2. a system Chromium and a system Firefox for the browser tests (Debian's chromium
// and firefox-esr, when root and none is found)  3. the extension built for Chrome and Firefox.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_INSTALL_HINT, locateChromium } from './find-chromium.mjs';
import { FIREFOX_INSTALL_HINT, locateFirefox } from './find-firefox.mjs';

// apt-get must never stop to ask: CI has no standard input.
const run = (command, args) =>
  execFileSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
const step = (text) => console.log(`\n▶ ${text}`);

step('Installing dependencies (npm ci)');
run('npm', ['ci', '--no-audit', '--no-fund']);

step('Looking for Chromium');
let chromium = locateChromium();
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (!chromium && isRoot && hasApt) {
  console.log("No Chromium found: installing Debian's chromium with apt-get.");
  run('apt-get', ['update']);
  run('apt-get', ['install', '-y', 'chromium', 'chromium-l10n']);
  chromium = locateChromium();
}
// Debian's chromium ships only English; its Danish UI (which the extension's language follows, and
// the browser tests expect) comes with chromium-l10n.
if (chromium === '/usr/bin/chromium' && isRoot && hasApt && !existsSync('/usr/lib/chromium/locales/da.pak')) {
  console.log("Installing Debian's chromium-l10n (the Danish user interface).");
  run('apt-get', ['update']);
  run('apt-get', ['install', '-y', 'chromium-l10n']);
}
if (chromium) {
  console.log(`Chromium: ${chromium}`);
} else {
  console.warn(`No Chromium found, and this script cannot install it here. ${CHROMIUM_INSTALL_HINT}`);
  console.warn('The browser tests in `npm test` will fail until it is installed.');
}

step('Looking for Firefox');
let firefox = locateFirefox();
if (!firefox && isRoot && hasApt) {
  console.log("No Firefox found: installing Debian's firefox-esr with apt-get.");
  run('apt-get', ['update']);
  run('apt-get', ['install', '-y', 'firefox-esr']);
  firefox = locateFirefox();
}
if (firefox) {
  console.log(`Firefox: ${firefox}`);
} else {
  console.warn(`No Firefox found, and this script cannot install it here. ${FIREFOX_INSTALL_HINT}`);
  console.warn('The Firefox browser test in `npm test` will fail until it is installed.');
}

step('Building the extension (Chrome MV3 and Firefox)');
run('npm', ['run', 'build']);
run('npm', ['run', 'build:firefox']);
console.log('\n✔ Set-up done. Run `npm test`.');
