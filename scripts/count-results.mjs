// Prints `N passed, N failed` from the JSON results of the last `npm test`, for .ci/run.
// A step that failed before its tests ran (type-check, lint) has no results; `npm test`'s own
// exit code carries that failure.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
for (const project of ['unit', 'browser']) {
  const file = `test-results/vitest-${project}.json`;
  if (!existsSync(file)) {
    console.error(`count-results: no ${file} (the ${project} tests did not run)`);
    continue;
  }
  const results = JSON.parse(readFileSync(file, 'utf8'));
  passed += results.numPassedTests;
  failed += results.numFailedTests;
  // A file that could not load counts as a failure even though no test in it ran.
  failed += results.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
}
console.log(`${passed} passed, ${failed} failed`);
