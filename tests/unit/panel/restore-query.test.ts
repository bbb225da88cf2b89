import { readFileSync } from 'node:fs';
import { runInThisContext } from 'node:vm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { lookupRequest } from '@/lib/lookup-request';
import { panelQuery } from '@/lib/panel/panel-query';
import { RESTORE_KEYS, restoredQuery } from '@/lib/panel/restore-query';

const early = globalThis as { metodelupRestoring?: Promise<Record<string, unknown>> };

/** Runs public/restore-query.js as the panel page does, against the fake browser's storage. */
function runEarlyScript() {
  const source = readFileSync('public/restore-query.js', 'utf8');
  const withBrowser = globalThis as { browser?: unknown };
  withBrowser.browser = fakeBrowser;
  runInThisContext(source);
}

describe('restoring the panel query', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });
  afterEach(() => {
    delete early.metodelupRestoring;
  });

  it('the early script reads the very keys the storage items write', () => {
    const source = readFileSync('public/restore-query.js', 'utf8');
    for (const key of RESTORE_KEYS) expect(source).toContain(`'${key}'`);
  });

  it('opens on the saved query, read early', async () => {
    await panelQuery.setValue('fleks');
    runEarlyScript();
    expect(early.metodelupRestoring).toBeDefined();
    expect(await restoredQuery()).toBe('fleks');
  });

  it('a pending lookup from the context menu wins over the saved query', async () => {
    await panelQuery.setValue('fleks');
    await lookupRequest.setValue({ query: 'løntilskud', requestedAt: Date.now() });
    runEarlyScript();
    expect(await restoredQuery()).toBe('løntilskud');
  });

  it('falls back to the storage items when the early script did not run, and to empty', async () => {
    expect(await restoredQuery()).toBe('');
    await panelQuery.setValue('ips');
    expect(await restoredQuery()).toBe('ips');
  });
});
