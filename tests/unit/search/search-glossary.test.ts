import { describe, expect, it } from 'vitest';
import rawGlossary from '@/data/glossary.json';
import { parseGlossary } from '@/lib/glossary/validate';
import { createSearchIndex } from '@/lib/search/search-index';

const glossary = parseGlossary(rawGlossary);
const index = createSearchIndex(glossary);
const firstHit = (query: string) => index.search(query)[0];

describe('searching the bundled glossary', () => {
  it.each(glossary.map((entry) => [entry.term, entry.id]))('finds "%s" first by its name', (term, id) => {
    // A name several acts use (hjælpemidler, rådighed) finds all of its senses first.
    const senses = glossary.filter((entry) => entry.term.toLocaleLowerCase('da') === term.toLocaleLowerCase('da')).length;
    expect(index.search(term).slice(0, senses)).toContain(id);
  });

  it.each(glossary.flatMap((entry) => entry.abbreviations.map((abbr) => [abbr, entry.id])))(
    'finds %s first by its abbreviation, in any case',
    (abbreviation, id) => {
      expect(firstHit(abbreviation)).toBe(id);
      expect(firstHit(abbreviation.toLowerCase())).toBe(id);
    },
  );

  // A table of what a caseworker types and what must come first.
  it.each([
    ['aaben og rolig', 'aaben-og-rolig'],
    ['flexjob', 'fleksjob'],
    ['fleks', 'fleksjob'],
    ['peer-støtte', 'peerstoette'],
    ['Individual Placement and Support', 'ips'],
    ['løntilskud', 'loentilskud'],
    ['mentor', 'mentorstoette'],
    ['hjælpemiddel', 'hjaelpemidler'],
    ['ressourceforloeb', 'ressourceforloeb'],
    ['kompensationsloven', 'kompensation-for-handicap'],
    // Not names: prefixes, misspellings and words from the text must still lead to the entry.
    ['aaben og', 'aaben-og-rolig'],
    ['flexj', 'fleksjob'],
    ['personlig ass', 'personlig-assistance'],
    ['mentorstotte', 'mentorstoette'],
    ['virksomhedspraktikk', 'virksomhedspraktik'],
    ['sygemeldt angst', 'ibbis'],
    ['overgang bolig', 'cti'],
    // A name typed as two words.
    ['hvad er et ressource forløb', 'ressourceforloeb'],
    ['rehabiliterings team', 'rehabiliteringsteam'],
  ])('"%s" finds %s first', (query, id) => {
    expect(firstHit(query)).toBe(id);
  });
});

describe('finding a method in three keystrokes', () => {
  // Names that begin with the letters come first, the entry the glossary links to most before others.
  it.each([
    ['ips', 'ips'],
    ['ibb', 'ibbis'],
    ['cti', 'cti'],
    ['act', 'act'],
    ['fle', 'fleksjob'],
    ['lær', 'laer-at-tackle'],
    ['åbe', 'aaben-og-rolig'],
    ['kog', 'kognitiv-terapi'],
    ['pee', 'peerstoette'],
  ])('"%s" puts %s first', (query, id) => {
    expect(firstHit(query)).toBe(id);
  });

  // With 282 entries three letters name several: Personlig assistance, Personlig hjælp og pleje,
  // Personlig tillægsprocent; Hjælpemidler (two senses) and Hjælp i særlige tilfælde. ↓ reaches them.
  it.each([
    ['per', ['personlig-assistance']],
    ['hjæ', ['hjaelpemidler', 'hjaelpemidler-serviceloven']],
  ])('"%s" puts %s among the first three, after names that begin with the letters only', (query, ids) => {
    const results = index.search(query).slice(0, 3);
    for (const id of ids) expect(results).toContain(id);
    for (const id of results) expect(glossary.find((entry) => entry.id === id)?.term.toLowerCase()).toMatch(new RegExp(`^${query}`));
  });
});

describe('the index serialised at build time', () => {
  it('answers exactly as an index built in place', async () => {
    const { serialisedSearchIndex } = await import('@/lib/search/search-index');
    const loaded = createSearchIndex(glossary, serialisedSearchIndex(glossary));
    for (const query of ['fleks', 'aaben og rolig', 'mentor', 'ips', 'sygemeldt angst', 'place and train']) {
      expect(loaded.search(query)).toEqual(index.search(query));
    }
  });
});
