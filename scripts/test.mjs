// `npm test`: type-check, lint, unit tests, then the browser tests against the built extension.
// Every step runs even when an earlier one fails, so one run shows everything that is wrong; the
// exit code is non-zero if any step failed. Vitest's JSON results go to test-results/ for .ci/run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });
for (const name of ['vitest-unit.json', 'vitest-browser.json']) rmSync(`test-results/${name}`, { force: true });

const vitest = (project, extra = []) => [
  'npx',
  ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json',
    `--outputFile.json=test-results/vitest-${project}.json`, ...extra],
];

const steps = [
  ['Type-check', 'npx', ['tsc', '--noEmit']],
  ['Lint', 'npx', ['eslint', '.']],
  ['Unit tests', ...vitest('unit')],
  ['Build when sources changed', 'node', ['scripts/ensure-build.mjs']],
  ['Firefox build lint (web-ext)', 'npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2']],
  // One file at a time: each file starts its own Chromium, and the machine has two cores.
  ['Browser tests', ...vitest('browser', ['--no-file-parallelism'])],
];

const failed = [];
for (const [title, command, args] of steps) {
  console.log(`\n▶ ${title}`);
  const env = { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' };
  const { status } = spawnSync(command, args, { stdio: 'inherit', env });
  if (status !== 0) failed.push(title);
}
if (failed.length > 0) {
  console.error(`\n✖ Failed: ${failed.join(', ')}`);
  process.exit(1);
}
console.log('\n✔ All checks passed.');
