// Rebuilds the Chrome and Firefox builds when any source is newer than the last build, so that the
// browser tests and the Firefox lint never run against stale code. Cheap when nothing changed: it
// only compares mtimes.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['entrypoints', 'components', 'lib', 'data', 'public', 'wxt.config.ts', 'package-lock.json', 'scripts/vite-glossary-plugin.ts'];
const BUILDS = [
  ['.output/chrome-mv3/manifest.json', 'build'],
  ['.output/firefox-mv2/manifest.json', 'build:firefox'],
];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

const sources = Math.max(...SOURCES.map(newestMtime));
for (const [manifest, script] of BUILDS) {
  if (existsSync(manifest) && statSync(manifest).mtimeMs >= sources) continue;
  console.log(`Sources changed since the last build: npm run ${script}`);
  execFileSync('npm', ['run', script], { stdio: 'inherit' });
}
