import { describe, expect, it } from 'vitest';
import { waitForWholePage } from './support/highlights';
import { readSessionStorage, writeSessionStorage } from './support/launch-extension';
import { setUpExtensionAndFixtures } from './support/set-up';

const LAB = 'laws/LAB_lbk2024-280_lov_om_en_aktiv_beskaeftigelsesindsats.html';

describe('side panel views, in Chromium', () => {
  const setUp = setUpExtensionAndFixtures();
  const panelUrl = (suffix = '') => `chrome-extension://${setUp.extension.extensionId}/sidepanel.html${suffix}`;

  it('opens an entry from the keyboard, follows related links and goes back to the same search', async () => {
    const page = await setUp.extension.context.newPage();
    await page.setViewportSize({ width: 400, height: 800 });
    await page.goto(panelUrl());
    const search = page.getByRole('combobox', { name: 'Søg i ordlisten' });
    await search.fill('mentor');
    await expect.poll(() => page.getByRole('option').first().getAttribute('aria-selected')).toBe('true');
    await search.press('Enter');
    await expect.poll(() => page.getByRole('heading', { level: 2 }).first().textContent()).toBe('Mentorstøtte');
    expect(page.url()).toContain('#/entry/mentorstoette');
    await page.getByRole('link', { name: 'Virksomhedspraktik' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 2 }).first().textContent()).toBe('Virksomhedspraktik');
    await page.getByRole('link', { name: '← Tilbage til søgningen' }).click();
    await expect.poll(() => search.inputValue()).toBe('mentor');
    await page.close();
  });

  it('shows a deep-linked entry whole: description, legal basis with its link, sources', async () => {
    const page = await setUp.extension.context.newPage();
    await page.setViewportSize({ width: 400, height: 900 });
    await page.goto(panelUrl('#/entry/fleksjob'));
    await expect.poll(() => page.getByRole('heading', { level: 2 }).first().textContent()).toBe('Fleksjob');
    const law = page.getByRole('link', { name: 'Lov om en aktiv beskæftigelsesindsats', exact: true });
    expect(await law.getAttribute('href')).toBe('https://www.retsinformation.dk/eli/lta/2024/280#P116');
    expect(await page.getByText('§ 116').count()).toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: /jobmeddiagnose\.dk/ }).count()).toBeGreaterThan(0);
    await page.screenshot({ path: 'test-results/sidepanel-detail.png', fullPage: true });
    await page.close();
  });

  it('keeps the query and its results when the panel is closed and opened again, and searches on', async () => {
    const first = await setUp.extension.context.newPage();
    await first.goto(panelUrl());
    await first.getByRole('combobox', { name: 'Søg i ordlisten' }).fill('løntilskud');
    await expect.poll(() => first.getByRole('option').count()).toBeGreaterThan(0);
    const shown = await first.getByRole('option').allTextContents();
    await first.close();
    const again = await setUp.extension.context.newPage();
    await again.goto(panelUrl());
    const search = again.getByRole('combobox', { name: 'Søg i ordlisten' });
    await expect.poll(() => search.inputValue()).toBe('løntilskud');
    await expect.poll(() => again.getByRole('option').allTextContents()).toEqual(shown);
    await search.fill('ips');
    await expect.poll(async () => (await again.getByRole('option').first().textContent()) ?? '').toContain('Individuelt planlagt job med støtte');
    await search.fill('');
    await again.close();
  });

  it('lists the terms on the page beside it, and shows the next occurrence when one is chosen', async () => {
    const law = await setUp.extension.context.newPage();
    await law.goto(setUp.server.url(LAB));
    await waitForWholePage(law);
    const tabs = async () => Object.keys((await readSessionStorage(setUp.extension, 'page-terms')) ?? {});
    await expect.poll(tabs, { timeout: 15_000 }).toHaveLength(1);
    const [tabId] = await tabs();

    const panel = await setUp.extension.context.newPage();
    await panel.setViewportSize({ width: 400, height: 800 });
    await panel.goto(panelUrl(`?tab=${tabId ?? ''}`));
    const list = panel.getByRole('list', { name: 'Termer på denne side' });
    await expect.poll(() => list.getByRole('listitem').count()).toBeGreaterThan(10);
    const fleksjob = list.locator('[data-entry-id="fleksjob"]');
    expect(Number(await fleksjob.locator('.on-page__count').textContent())).toBeGreaterThan(20);
    await panel.screenshot({ path: 'test-results/sidepanel-on-this-page.png' });

    await fleksjob.getByRole('button').click();
    await expect
      .poll(() => law.evaluate(() => [...(CSS.highlights.get('metodelup-flash') ?? [])].length))
      .toBe(1);
    const flashed = await law.evaluate(() => {
      const [range] = [...(CSS.highlights.get('metodelup-flash') ?? [])];
      if (!range) return '';
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      return live.toString().toLowerCase();
    });
    expect(flashed.startsWith('fleksjob')).toBe(true);
    // The occurrence shown is on the screen and marked there (not only flashed).
    await expect
      .poll(() =>
        law.evaluate(() => {
          const [flash] = [...(CSS.highlights.get('metodelup-flash') ?? [])];
          const marked = [...(CSS.highlights.get('metodelup-term') ?? [])];
          return !!flash && marked.some((range) => range.startContainer === flash.startContainer && range.startOffset === flash.startOffset);
        }),
      )
      .toBe(true);
    await panel.close();
    await law.close();
  });
});

describe('the panel follows "Læs mere" from a hover card', () => {
  const setUp = setUpExtensionAndFixtures();

  it('opens the detail view of the entry the background was asked for', async () => {
    const panel = await setUp.extension.context.newPage();
    await panel.goto(`chrome-extension://${setUp.extension.extensionId}/sidepanel.html`);
    await panel.getByRole('combobox').waitFor();
    await writeSessionStorage(setUp.extension, { 'entry-request': { entryId: 'fleksjob', requestedAt: Date.now() } });
    await expect.poll(() => panel.url()).toContain('#/entry/fleksjob');
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).first().textContent()).toBe('Fleksjob');
    await panel.close();
  });
});
