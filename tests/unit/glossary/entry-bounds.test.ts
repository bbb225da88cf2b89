import glossary from 'virtual:metodelup-glossary';
import { describe, expect, it } from 'vitest';
import { checkEntry } from '@/lib/custom-glossary/entry';
import { LIMITS } from '@/lib/glossary/limits';
import { policyEntries } from '@/lib/policy/policy-entries';

const entry = { id: 'big-term', term: 'Stort begreb', category: 'begreber', summary: 'Stor.' };

const errorsFor = (change: Record<string, unknown>) => {
  const checked = checkEntry({ ...entry, ...change }, 'Opslag 1 ("big-term")');
  return checked.ok ? [] : checked.errors;
};

const many = (count: number, make: (n: number) => unknown) => Array.from({ length: count }, (_, n) => make(n));

describe('the bounds every entry is held to (import, form, policy, stored)', () => {
  it("refuses the issue's 300,000-character term at once, naming the field and the limit", () => {
    const started = performance.now();
    const errors = errorsFor({ term: `T${'x'.repeat(300_000)}` });
    expect(performance.now() - started).toBeLessThan(200);
    expect(errors[0]).toBe('Opslag 1 ("big-term"), feltet "term": er for lang: højst 120 tegn (her 300.001)');
  });

  it.each([
    ['an alias', { aliases: ['a'.repeat(121)] }, 'feltet "aliases.0": er for lang: højst 120 tegn (her 121)'],
    ['an abbreviation', { abbreviations: ['A'.repeat(121)] }, 'feltet "abbreviations.0": er for lang: højst 120 tegn'],
    ['an exact name', { exactNames: ['Min '.repeat(40)] }, 'feltet "exactNames.0": er for lang'],
    ['a form', { forms: ['x'.repeat(200)] }, 'feltet "forms.0": er for lang'],
    ['a search word', { searchWords: ['s'.repeat(121)] }, 'feltet "searchWords.0": er for lang'],
    ['the description', { description: 'd'.repeat(5001) }, 'feltet "description": er for lang: højst 5.000 tegn (her 5.001)'],
    ['the summary', { summary: 's'.repeat(241) }, 'feltet "summary": er for lang: højst 240 tegn'],
    ['the id', { id: 'a'.repeat(101) }, 'feltet "id": er for lang: højst 100 tegn'],
    ['a link', { sources: [{ title: 'x', url: `https://kk.dk/${'p'.repeat(2000)}` }] }, 'feltet "sources.0.url": er for lang: højst 2.000 tegn'],
    ['the aliases', { aliases: many(31, (n) => `navn ${n}`) }, 'feltet "aliases": for mange: højst 30 navne (her 31)'],
    ['the search words', { searchWords: many(31, (n) => `ord ${n}`) }, 'feltet "searchWords": for mange: højst 30 søgeord'],
    ['the sources', { sources: many(21, (n) => ({ title: `Kilde ${n}`, url: `https://kk.dk/${n}` })) }, 'feltet "sources": for mange: højst 20 kilder'],
  ])('refuses too long or too many in %s', (_, change, expected) => {
    expect(errorsFor(change).join('\n')).toContain(expected);
  });

  it('counts the names of every kind together', () => {
    const change = { aliases: many(20, (n) => `navn ${n}`), abbreviations: many(10, (n) => `AB${n}`) };
    expect(errorsFor(change).join('\n')).toContain('for mange navne: højst 30 i alt (begreb, andre navne, forkortelser og former; her 31)');
  });

  it('holds the entry as a whole to a size', () => {
    const sources = many(10, (n) => ({ title: `Kilde ${n}`, url: `https://kk.dk/${n}/${'p'.repeat(1000)}` }));
    const change = { description: 'd'.repeat(5000), sources, searchWords: many(25, (n) => `${'s'.repeat(110)} ${n}`) };
    expect(errorsFor(change).join('\n')).toMatch(/opslaget er for stort: højst 16\.000 tegn i alt \(her \d+\.\d{3}\)/);
  });

  it('refuses a name without a letter: it can never be found in running text', () => {
    expect(errorsFor({ term: '(((' })).toEqual(['Opslag 1 ("big-term"), feltet "term": skal indeholde mindst ét bogstav']);
    expect(errorsFor({ aliases: ['$^|?'] })[0]).toContain('feltet "aliases.0": skal indeholde mindst ét bogstav');
    expect(errorsFor({ term: 'Jobcenter 2.0', abbreviations: ['IT'] })).toEqual([]);
  });

  it('leaves the bundled glossary far inside every bound', () => {
    const names = glossary.flatMap((item) => [item.term, ...item.aliases, ...item.abbreviations, ...item.forms]);
    expect(Math.max(...names.map((name) => name.length))).toBeLessThan(LIMITS.nameLength / 1.5);
    expect(Math.max(...glossary.map((item) => JSON.stringify(item).length))).toBeLessThan(LIMITS.entryChars / 2);
  });

  it("holds the organisation's policy to the same bounds: the long entry is left out with the reason, the rest kept", () => {
    const started = performance.now();
    const parsed = policyEntries(new Set())([{ ...entry, term: 'x'.repeat(1_000_000) }, { ...entry, id: 'andet' }]);
    expect(performance.now() - started).toBeLessThan(500);
    expect(parsed.entries.map((item) => item.id)).toEqual(['andet']);
    expect(parsed.problems[0]).toContain('extraEntries[0], feltet "term": er for lang: højst 120 tegn (her 1.000.000)');
  });

  it("says which of the organisation's names are everyday words left unmarked, unless markAnyway", () => {
    const parsed = policyEntries(new Set())([{ ...entry, id: 'og', term: 'og' }, { ...entry, id: 'det', term: 'det', markAnyway: true }]);
    expect(parsed.entries.map((item) => item.id)).toEqual(['og', 'det']);
    expect(parsed.problems).toEqual([expect.stringMatching(/^extraEntries "og": "og" er almindelige ord eller kortere end tre bogstaver og markeres ikke/)]);
  });
});
