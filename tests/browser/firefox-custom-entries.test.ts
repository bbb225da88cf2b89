import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox } from './support/launch-firefox';
import { serveFixtures, type FixtureServer } from './support/serve-fixtures';

// Firefox's automation may not open an extension's own pages (moz-extension: navigation is refused
// over WebDriver BiDi), so the panel's import and export code runs here in a plain page of Firefox:
// the same modules, in Firefox's engine. The Chromium test drives the panel itself.
interface InPage {
  importFile(name: string, bytes: number[], existing?: unknown[]): Promise<{
    preview: { fatal?: string; added: { id: string }[]; invalid: { errors: string[] }[]; conflicts: unknown[] };
    entries: { id: string; term: string; description: string }[];
  }>;
  exportCsv(entries: unknown[]): string;
  exportJson(entries: unknown[]): string;
}

const CSV = '\ufeffbegreb;kategori;kort definition;beskrivelse\r\nVisitationsteamet;begreber;Teamet.;"To\nlinjer; med semikolon"\r\nFleksjob;begreber;Vores egen tekst.;\r\nUden;andet;Forkert kategori.;\r\n';

describe('import and export in Firefox', () => {
  let browser: Browser;
  let server: FixtureServer;
  let page: Page;
  const dir = mkdtempSync(join(tmpdir(), 'metodelup-firefox-import-'));

  beforeAll(async () => {
    await build({
      entryPoints: [resolve('tests/browser/support/custom-glossary-in-page.ts')],
      bundle: true,
      format: 'iife',
      outfile: join(dir, 'custom-glossary.js'),
      logLevel: 'error',
    });
    writeFileSync(join(dir, 'index.html'), '<!doctype html><meta charset="utf-8"><script src="custom-glossary.js"></script>');
    [browser, server] = await Promise.all([launchFirefox(), serveFixtures(dir)]);
    page = await browser.newPage();
    await page.goto(server.url('index.html'));
  }, 60_000);
  afterAll(async () => {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const importFile = (name: string, text: string, existing: unknown[] = []) =>
    page.evaluate(
      (fileName, bytes, before) => (globalThis as unknown as { metodelupTest: InPage }).metodelupTest.importFile(fileName, bytes, before),
      name,
      [...Buffer.from(text, 'utf8')],
      existing,
    );

  it('reads a UTF-8 CSV file with a BOM, semicolons and a quoted line break; keeps a built-in id apart', async () => {
    const { preview, entries } = await importFile('begreber.csv', CSV);
    expect(preview.added.map((entry) => entry.id)).toEqual(['visitationsteamet', 'egen-fleksjob']);
    expect(preview.invalid[0]?.errors[0]).toMatch(/^Række 4, kolonnen "kategori"/);
    expect(entries[0]?.description).toBe('To\nlinjer; med semikolon');
  });

  it("names the line and character of a JSON syntax error, and a bad file changes nothing", async () => {
    const before = [{ id: 'a', term: 'A' }];
    const { preview, entries } = await importFile('liste.json', '[\n {"id": "x",\n  "term": ]', before);
    expect(preview.fatal).toBe('Filen er ikke gyldig JSON (fejl ved linje 3, tegn 11: ValueExpected).');
    expect(entries).toEqual(before);
  });

  it('exports JSON and CSV that import to the same entries', async () => {
    const { entries } = await importFile('begreber.csv', CSV);
    const files = await page.evaluate((list) => {
      const test = (globalThis as unknown as { metodelupTest: InPage }).metodelupTest;
      return { json: test.exportJson(list), csv: test.exportCsv(list) };
    }, entries);
    expect((await importFile('ud.json', files.json)).entries).toEqual(entries);
    expect((await importFile('ud.csv', files.csv)).entries).toEqual(entries);
  });
});
