import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paintedRanges, waitForHighlights } from './support/highlights';
import { launchExtension, readLocalStorage, startChromium, type LaunchedExtension } from './support/launch-extension';
import { markTimes, watchMarks } from './support/mark-times';
import { serveFixtures, type FixtureServer } from './support/serve-fixtures';

/** The id the manifest's public key gives the extension (wxt.config.ts). */
const EXTENSION_ID = 'cjgcfbioglghkijpeekpfngcbbjkplid';
const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = `${POLICY_DIR}/metodelup-test-policy.json`;

const writePolicy = (values: Record<string, unknown>) => {
  writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: values } } }));
};

const policy = {
  // The fixture server answers on 127.0.0.1; "localhost" reaches the same pages on another host.
  disabledSites: ['localhost', 'ikke et værtsnavn!'],
  extraEntries: [
    { id: 'visitationsteamet', term: 'Visitationsteamet', category: 'begreber', summary: 'Teamet, der visiterer nye borgere.' },
    { id: 'uden-kategori', term: 'Uden kategori', summary: 'Mangler sin kategori.' },
  ],
};

describe('a managed policy file, read by Chromium for the unpacked extension', () => {
  let extension: LaunchedExtension;
  let server: FixtureServer;

  beforeAll(async () => {
    if (process.getuid?.() !== 0) {
      throw new Error(`This test writes a Chromium policy file under ${POLICY_DIR} and must run as root (it runs as uid ${process.getuid?.()}).`);
    }
    mkdirSync(POLICY_DIR, { recursive: true });
    mkdirSync('test-results', { recursive: true });
    writePolicy(policy);
    [extension, server] = await Promise.all([launchExtension(), serveFixtures()]);
  });
  afterAll(async () => {
    rmSync(POLICY_FILE, { force: true });
    await extension?.close();
    await server?.close();
  });

  it('gives the unpacked extension the documented id', () => {
    expect(extension.extensionId).toBe(EXTENSION_ID);
  });

  it("highlights the organisation's entry, and nothing on a disabled site", async () => {
    const page = await extension.context.newPage();
    await page.goto(server.url('pages/own-terms.html'));
    // At the browser's start the background may still be compiling the policy's entries: the page
    // follows when they arrive.
    await waitForHighlights(page, 2);
    await expect
      .poll(async () => (await paintedRanges(page)).map((range) => range.text), { timeout: 15_000 })
      .toEqual(expect.arrayContaining(['Visitationsteamet', 'fleksjob']));

    await page.goto(server.url('pages/own-terms.html').replace('127.0.0.1', 'localhost'));
    await page.waitForLoadState('load');
    // Long enough for a scan (load + idle wait + scan) to have painted, had it run.
    await page.waitForTimeout(3000);
    expect(await paintedRanges(page)).toEqual([]);
    await page.close();
  });

  it("shows the organisation's entry as the organisation's, and the values it ignored with the reason", async () => {
    const panel = await extension.context.newPage();
    await panel.setViewportSize({ width: 400, height: 900 });
    await panel.goto(`chrome-extension://${EXTENSION_ID}/sidepanel.html#/own`);
    const problems = panel.locator('.own__problems');
    await problems.waitFor();
    const text = await problems.textContent();
    expect(text).toContain('disabledSites[1]: "ikke et værtsnavn!" er ikke et værtsnavn og ignoreres.');
    expect(text).toMatch(/extraEntries\[1\], feltet "category"/);
    expect(await panel.locator('.own__organisation h3').textContent()).toBe('Fra din organisation: 1 opslag');
    await panel.screenshot({ path: 'test-results/own-organisation.png', fullPage: true });
    await panel.goto(`chrome-extension://${EXTENSION_ID}/sidepanel.html#/`);
    await panel.getByRole('combobox', { name: 'Søg i ordlisten' }).fill('visitationsteamet');
    const first = panel.getByRole('listbox', { name: 'Søgeresultater' }).getByRole('option').first();
    await expect.poll(() => first.getAttribute('data-entry-id')).toBe('visitationsteamet');
    expect(await first.locator('[data-origin]').textContent()).toBe('Organisationens');
    await panel.close();
  });

  it('clears an open page at once when the organisation turns its site off', async () => {
    const localPage = server.url('pages/own-terms.html').replace('127.0.0.1', 'localhost');
    writePolicy({ ...policy, disabledSites: ['ikke et værtsnavn!'] });
    await expect.poll(async () => JSON.stringify(await readLocalStorage(extension, 'knownPolicy')), { timeout: 30_000, interval: 500 }).toContain('ikke et');
    const page = await extension.context.newPage();
    await page.addInitScript(watchMarks);
    await page.goto(localPage);
    await waitForHighlights(page, 2);
    writePolicy(policy);
    // Chromium notices a changed policy file after a few seconds; the background stores it, and
    // the page follows that copy.
    await expect.poll(async () => (await markTimes(page)).clearedAtEpoch, { timeout: 30_000, interval: 250 }).toBeDefined();
    const known = (await readLocalStorage(extension, 'knownPolicy')) as { readAt: number };
    const { clearedAtEpoch = Infinity } = await markTimes(page);
    console.log('cleared', clearedAtEpoch - known.readAt, 'ms after the background read the new policy');
    expect(clearedAtEpoch - known.readAt).toBeLessThan(1000);
    await page.waitForTimeout(1500);
    expect(await paintedRanges(page)).toEqual([]);
    await page.close();
  });

  it('after a restart, applies a remembered site turned off from the first moment, and a site turned off while closed once the store answers', async () => {
    const localPage = server.url('pages/own-terms.html').replace('127.0.0.1', 'localhost');
    const profile = mkdtempSync(join(tmpdir(), 'metodelup-policy-'));
    const run = async (sitesNow: string[], wait: (page: import('playwright-core').Page) => Promise<void>) => {
      const browser = await startChromium({ profile });
      try {
        const page = browser.context.pages()[0] ?? (await browser.context.newPage());
        await page.addInitScript(watchMarks);
        await page.goto(localPage, { waitUntil: 'commit' });
        await wait(page);
        // The background keeps what the store says now, for the next start.
        const worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
        await expect.poll(async () => JSON.stringify(await readLocalStorage({ serviceWorker: worker }, 'knownPolicy')), { timeout: 30_000 }).toContain(JSON.stringify(sitesNow));
      } finally {
        await browser.close();
      }
    };
    try {
      // Known from the run before: localhost is off. The first page after the start is never read.
      writePolicy({ disabledSites: ['localhost'] });
      await run(['localhost'], () => Promise.resolve());
      await run(['localhost'], async (page) => {
        await page.waitForTimeout(3000);
        expect((await markTimes(page)).markedAt).toBeUndefined();
      });
      // Known: nothing off; turned off while the browser was closed. The page may be marked for
      // the seconds the store takes to answer after the start, then it is cleared for good.
      writePolicy({ disabledSites: ['ikke-denne.invalid'] });
      await run(['ikke-denne.invalid'], () => Promise.resolve());
      writePolicy({ disabledSites: ['localhost'] });
      await run(['localhost'], async (page) => {
        const cleared = async () => {
          const { markedAt, clearedAt } = await markTimes(page);
          return (markedAt === undefined || clearedAt !== undefined) && (await paintedRanges(page)).length === 0;
        };
        await expect.poll(cleared, { timeout: 30_000, interval: 250 }).toBe(true);
        const times = await markTimes(page);
        console.log('turned off while closed: marked', times.markedAt === undefined ? 'never' : `from ${Math.round(times.markedAt)} to ${Math.round(times.clearedAt ?? NaN)} ms`);
      });
    } finally {
      writePolicy(policy);
      rmSync(profile, { recursive: true, force: true });
    }
  });

  it('applies a changed policy live: highlighting turned off for everyone clears an open page', async () => {
    const page = await extension.context.newPage();
    await page.goto(server.url('pages/own-terms.html'));
    await waitForHighlights(page, 2);
    writePolicy({ ...policy, highlightingEnabled: false });
    // Chromium notices a changed policy file after a few seconds.
    await expect.poll(async () => (await paintedRanges(page)).length, { timeout: 30_000, interval: 500 }).toBe(0);
    await page.close();
  });
});
