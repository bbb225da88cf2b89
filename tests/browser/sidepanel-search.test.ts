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

  const firstResultFor = async (query: string) => {
    await page.getByRole('combobox', { name: 'Søg i ordlisten' }).fill(query);
    // The list says which query it shows: never read the results of the previous one.
    await page.locator('.result-list').and(page.locator(`[data-query="${query.replace(/"/g, '\\"')}"]`)).waitFor();
    return page.getByRole('listbox', { name: 'Søgeresultater' }).getByRole('option').first().getAttribute('data-entry-id');
  };

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
      for (const query of [entry.term, ...(entry.abbreviations ?? [])]) {
        // A name several acts use (hjælpemidler, rådighed) may put any of its senses first.
        const senses = glossary.filter((other) => other.term.toLocaleLowerCase('da') === query.toLocaleLowerCase('da')).map((other) => other.id);
        const first = await firstResultFor(query);
        if (first !== entry.id && !(senses.length > 1 && first && senses.includes(first))) misses.push(`${query} → ${entry.id} (${first})`);
      }
    }
    expect(misses).toEqual([]);
  });

  it('finds Åben og Rolig and fleksjob as a caseworker may type them', async () => {
    expect(await firstResultFor('aaben og rolig')).toBe('aaben-og-rolig');
    expect(await firstResultFor('flexjob')).toBe('fleksjob');
    await page.screenshot({ path: 'test-results/sidepanel-flexjob.png' });
  });
});
