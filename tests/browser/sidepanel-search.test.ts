import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import rawGlossary from '../../data/glossary.json';
import { launchExtension, type LaunchedExtension } from './support/launch-extension';

interface RawEntry {
  id: string;
  term: string;
  abbreviations?: string[];
}
const glossary = rawGlossary.entries as RawEntry[];

describe('side panel search over the bundled glossary, in Chromium', () => {
  let extension: LaunchedExtension;
  let page: Page;

  beforeAll(async () => {
    mkdirSync('test-results', { recursive: true });
    extension = await launchExtension();
    page = await extension.context.newPage();
    await page.setViewportSize({ width: 400, height: 800 });
    await page.goto(`chrome-extension://${extension.extensionId}/sidepanel.html`);
  });
  afterAll(() => extension.close());

  const resultsFor = async (query: string, count: number) => {
    await page.getByRole('combobox', { name: 'Søg i ordlisten' }).fill(query);
    // The list says which query it shows: never read the results of the previous one.
    await page.locator('.result-list').and(page.locator(`[data-query="${query.replace(/"/g, '\\"')}"]`)).waitFor();
    const options = page.getByRole('listbox', { name: 'Søgeresultater' }).getByRole('option');
    return Promise.all(Array.from({ length: count }, (_, at) => options.nth(at).getAttribute('data-entry-id')));
  };
  const firstResultFor = async (query: string) => (await resultsFor(query, 1))[0];

  it('lists every entry by category, in closed groups with their counts, while the search box is empty', async () => {
    const browse = page.getByRole('region', { name: 'Alle opslag' });
    await expect.poll(() => browse.locator('summary').count()).toBe(7);
    const groups = await browse.locator('summary').allTextContents();
    expect(groups.map((text) => text.replace(/\s*\d+$/, ''))).toEqual([
      'metoder',
      'tilbud og indsatser',
      'ydelser og tillæg',
      'krav og betingelser',
      'sagsbehandling',
      'aktører',
      'begreber',
    ]);
    const counted = groups.reduce((sum, text) => sum + Number(/\d+$/.exec(text)?.[0] ?? 0), 0);
    expect(counted).toBe(glossary.length);
    expect(await browse.locator('.browse__count').textContent()).toContain(String(glossary.length));
    // A closed group opens on a click and lists its entries.
    await browse.locator('summary').first().click();
    await expect.poll(() => browse.getByRole('listitem').count()).toBe(Number(/\d+$/.exec(groups[0] ?? '')?.[0]));
    await page.screenshot({ path: 'test-results/sidepanel-browse.png' });
  });

  it('finds every entry first by its name, and by each abbreviation', async () => {
    const misses: string[] = [];
    for (const entry of glossary) {
      // A name several acts use (hjælpemidler, rådighed) finds all of its senses first.
      const senses = glossary.filter((other) => other.term.toLowerCase() === entry.term.toLowerCase()).length;
      if (!(await resultsFor(entry.term, senses)).includes(entry.id)) misses.push(`${entry.term} → ${entry.id}`);
      for (const abbreviation of entry.abbreviations ?? []) {
        if ((await firstResultFor(abbreviation)) !== entry.id) misses.push(`${abbreviation} → ${entry.id}`);
      }
    }
    expect(misses).toEqual([]);
  });

  it('finds Åben og Rolig and fleksjob as a caseworker may type them', async () => {
    expect(await firstResultFor('aaben og rolig')).toBe('aaben-og-rolig');
    expect(await firstResultFor('flexjob')).toBe('fleksjob');
    await page.screenshot({ path: 'test-results/sidepanel-flexjob.png' });
  });

  it('never shows an empty panel: "Mente du …" with the closest names, and what the search covers', async () => {
    await page.getByRole('combobox', { name: 'Søg i ordlisten' }).fill('zzplejevederlagzz');
    const status = page.getByRole('status').filter({ hasText: 'Mente du' });
    await status.waitFor();
    await expect(status.getByRole('link', { name: 'Plejevederlag' }).getAttribute('href')).resolves.toContain('plejevederlag');
    expect(await page.getByText('Søgningen dækker ordlistens navne').isVisible()).toBe(true);
    await page.screenshot({ path: 'test-results/sidepanel-did-you-mean.png' });
  });
});
