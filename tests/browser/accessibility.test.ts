import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeCheck, describeFindings } from './support/axe';
import { waitForHighlights } from './support/highlights';
import { openPageWithTerms } from './support/page-with-terms';
import { setUpExtensionAndFixtures } from './support/set-up';
import { centreOfWord } from './support/word-point';

/** An own-entries file with a new entry, a built-in id and an invalid row: every part of the preview. */
const IMPORT_CSV = 'begreb;kategori;kort definition;id\nLær at tackle;begreber;Et kursus for borgere med kroniske sygdomme.;\nFleksjob;begreber;En dublet af et indbygget id.;fleksjob\nUden kategori;ukendt;Mangler en gyldig kategori.;\n';

/**
 * axe-core's WCAG 2.0/2.1/2.2 A and AA rules (issue 22) on every view of the side panel and on the
 * hover card, in light and dark colours. Before issue 22: 41 findings (the search field's
 * aria-controls pointing at no list, 22 results on "fleks" that were options holding a link, 18 related-entry
 * links under 24 px).
 */
describe('no axe-core finding on any view, in Chromium', () => {
  const setUp = setUpExtensionAndFixtures();
  const panelUrl = (suffix = '') => `chrome-extension://${setUp.extension.extensionId}/sidepanel.html${suffix}`;

  const openLawPage = () => openPageWithTerms(setUp);

  const expectNoFindings = async (view: string, page: Page, include?: string) => {
    const { findings, passed } = await axeCheck(page, include);
    expect(describeFindings(findings), view).toBe('');
    expect(passed, `${view}: axe checked something`).toBeGreaterThan(0);
  };

  /** Every view of the panel, one after the other, as a caseworker goes through them. */
  const everyView = async (panel: Page, scheme: string) => {
    const search = panel.getByRole('combobox', { name: 'Søg i ordlisten' });
    await panel.getByRole('list', { name: 'Termer på denne side' }).waitFor();
    await expectNoFindings(`start (${scheme})`, panel);

    await search.fill('fleks');
    await expect.poll(() => panel.getByRole('option').count()).toBeGreaterThan(5);
    await search.press('ArrowDown');
    await expect.poll(() => search.getAttribute('aria-activedescendant')).toMatch(/^result-/);
    await expectNoFindings(`results (${scheme})`, panel);

    await search.press('Enter');
    await panel.getByRole('heading', { level: 2, name: /Fleks/ }).waitFor();
    await expectNoFindings(`detail (${scheme})`, panel);
    await panel.evaluate(() => (location.hash = '#/entry/ressourceforloeb'));
    await panel.getByText('Udfases', { exact: false }).first().waitFor();
    await expectNoFindings(`detail with legal status (${scheme})`, panel);

    await panel.evaluate(() => (location.hash = '#/settings'));
    await panel.getByRole('heading', { level: 2, name: 'Indstillinger' }).waitFor();
    await expectNoFindings(`settings (${scheme})`, panel);

    await panel.evaluate(() => (location.hash = '#/own'));
    await panel.getByRole('button', { name: 'Nyt opslag' }).click();
    await expectNoFindings(`own entries with the entry form (${scheme})`, panel);
    await panel.locator('input[type=file]').setInputFiles({ name: 'egne.csv', mimeType: 'text/csv', buffer: Buffer.from(IMPORT_CSV) });
    await panel.locator('.import-preview').waitFor();
    await expectNoFindings(`import preview (${scheme})`, panel);
    await panel.screenshot({ path: `test-results/a11y-import-preview-${scheme}.png`, fullPage: true });
    await panel.locator('.import-preview').getByRole('button', { name: 'Annullér' }).click();
  };

  it.each(['light', 'dark'] as const)('side panel, %s colours: start, results, detail, legal status, settings, own entries, import preview', async (scheme) => {
    const { page, tabId } = await openLawPage();
    const panel = await setUp.extension.context.newPage();
    await panel.emulateMedia({ colorScheme: scheme });
    await panel.setViewportSize({ width: 400, height: 900 });
    await panel.goto(panelUrl(`?tab=${tabId}`));
    await everyView(panel, scheme);
    await panel.close();
    await page.close();
  });

  /** A card with a legal status, a word with several acts' senses, and an act's own card. */
  const CARDS = [
    ['with a legal status', 'pages/historical.html', 'decision', 'ressourceforløb'],
    ["with another act's sense", 'laws/arbejdsloeshedsforsikring_lbk2025-1077.html#P62', 'P62', 'rådighed'],
    ["of an act", 'laws/LAB_lbk2024-280_lov_om_en_aktiv_beskaeftigelsesindsats.html', null, 'lov om aktiv socialpolitik'],
  ] as const;

  it.each((['light', 'dark'] as const).flatMap((scheme) => CARDS.map((card) => [scheme, ...card] as const)))(
    'hover card, %s colours, %s, checked inside its shadow root',
    async (scheme, _kind, path, id, word) => {
      const page = await setUp.extension.context.newPage();
      // Without the card's fade-in: colours are checked as they end, not halfway.
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page.setViewportSize({ width: 1000, height: 700 });
      await page.goto(setUp.server.url(path));
      await waitForHighlights(page, 2);
      const point = await page.evaluate(centreOfWord, [id, word] as const);
      if (!point) throw new Error(`no "${word}" on the page`);
      await page.mouse.move(point.x, point.y);
      await page.getByRole('tooltip').waitFor();
      await page.screenshot({ path: `test-results/a11y-card-${CARDS.findIndex((card) => card[3] === word)}-${scheme}.png` });
      const { findings, passedInShadow } = await axeCheck(page, 'metodelup-hover-card');
      expect(describeFindings(findings)).toBe('');
      expect(passedInShadow).toBeGreaterThan(0);
      await page.close();
    },
  );
});
