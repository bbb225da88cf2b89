import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import rawGlossary from '@/data/glossary.json';
import { parseGlossary } from '@/lib/glossary/validate';

/**
 * `data/coverage.json`: for each act, its chapters (and the section headings found) with the entries
 * that explain what each names, or why none does — written while the acts were read, one drafter
 * per act, and checked by a second reader (data/verification/).
 */
interface Heading {
  heading: string;
  sections: string;
  entries: string[];
  leftOut?: string;
}
const coverage = JSON.parse(readFileSync('data/coverage.json', 'utf8')) as Record<string, { acts: string[]; headings: Heading[] }>;
const glossary = parseGlossary(rawGlossary);
const ids = new Set(glossary.map((entry) => entry.id));

describe('data/coverage.json: what each act\'s headings name, and the entries that explain it', () => {
  it('covers the acts of the employment and benefit field and the other half of the caseworker\'s law', () => {
    const acts = new Set(Object.values(coverage).flatMap((act) => act.acts));
    for (const act of ['lab', 'lou', 'las', 'sdl', 'komp', 'sel', 'rsl', 'lsp', 'alf', 'fgu', 'kuu']) expect(acts.has(act), act).toBe(true);
  });

  it.each(Object.entries(coverage))('%s: every heading has entries that exist, or says why it has none', (_name, act) => {
    expect(act.headings.length).toBeGreaterThan(0);
    for (const heading of act.headings) {
      for (const id of heading.entries) expect(ids.has(id), `${heading.heading}: ${id}`).toBe(true);
      if (heading.entries.length === 0) expect(heading.leftOut, heading.heading).toBeTruthy();
    }
  });

  it.each(Object.entries(coverage))('%s: the entries of its acts are found under its headings', (_name, act) => {
    const listed = new Set(act.headings.flatMap((heading) => heading.entries));
    const ofAct = glossary.filter((entry) => entry.legalBasis?.act && act.acts.includes(entry.legalBasis.act));
    const unlisted = ofAct.filter((entry) => !listed.has(entry.id)).map((entry) => entry.id);
    // A few entries explain a word the acts use throughout (arbejdsevne) rather than one heading's.
    expect(unlisted.length, unlisted.join(', ')).toBeLessThanOrEqual(Math.ceil(ofAct.length / 4));
  });
});
