import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { launchExtension, type LaunchedExtension } from './launch-extension';
import { serveFixtures, type FixtureServer } from './serve-fixtures';

export interface BrowserSetUp {
  extension: LaunchedExtension;
  server: FixtureServer;
}

/** Chromium with the built extension and the fixture server, for one test file; both closed after it. */
export function setUpExtensionAndFixtures(): BrowserSetUp {
  const setUp = {} as BrowserSetUp;
  beforeAll(async () => {
    mkdirSync('test-results', { recursive: true });
    [setUp.extension, setUp.server] = await Promise.all([launchExtension(), serveFixtures()]);
  });
  afterAll(async () => {
    await setUp.extension.close();
    await setUp.server.close();
  });
  return setUp;
}
