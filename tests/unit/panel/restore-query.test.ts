import { readFileSync } from 'node:fs';
import { runInThisContext } from 'node:vm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { lookupRequest } from '@/lib/lookup-request';
import { panelQuery, panelResults } from '@/lib/panel/panel-query';
import { RESTORE_KEYS, restoredSearch } from '@/lib/panel/restore-query';

const early = globalThis as { metodelupRestoring?: Promise<Record<string, unknown>> };

/** Runs public/restore-query.js as the panel page does, against the fake browser's storage. */
function runEarlyScript() {
  const withBrowser = globalThis as { browser?: unknown };
  withBrowser.browser = fakeBrowser;
  runInThisContext(readFileSync('public/restore-query.js', 'utf8'));
}

describe('restoring the panel search', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });
  afterEach(() => {
    delete early.metodelupRestoring;
  });

  it('the early script reads the very keys the storage items write', () => {
    const source = readFileSync('public/restore-query.js', 'utf8');
    expect(RESTORE_KEYS).toHaveLength(3);
    for (const key of RESTORE_KEYS) expect(source).toContain(`'${key}'`);
  });

  it('opens on the saved query and what it found, read early', async () => {
    await panelQuery.setValue('fleks');
    await panelResults.setValue({ query: 'fleks', ids: ['fleksjob', 'flexloentilskud'] });
    runEarlyScript();
    expect(early.metodelupRestoring).toBeDefined();
    expect(await restoredSearch()).toEqual({ query: 'fleks', resultIds: ['fleksjob', 'flexloentilskud'] });
  });

  it('never shows results saved for another query', async () => {
    await panelQuery.setValue('ips');
    await panelResults.setValue({ query: 'fleks', ids: ['fleksjob'] });
    runEarlyScript();
    expect(await restoredSearch()).toEqual({ query: 'ips' });
  });

  it('a pending lookup from the context menu wins over the saved query', async () => {
    await panelQuery.setValue('fleks');
    await lookupRequest.setValue({ query: 'løntilskud', requestedAt: Date.now() });
    runEarlyScript();
    expect((await restoredSearch()).query).toBe('løntilskud');
  });

  it('falls back to the storage items when the early script did not run, and to empty', async () => {
    expect(await restoredSearch()).toEqual({ query: '' });
    await panelQuery.setValue('ips');
    await panelResults.setValue({ query: 'ips', ids: ['ips'] });
    expect(await restoredSearch()).toEqual({ query: 'ips', resultIds: ['ips'] });
  });
});
