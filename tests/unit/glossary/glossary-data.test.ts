import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import rawGlossary from '@/data/glossary.json';
import { CATEGORIES, type GlossaryEntry } from '@/lib/glossary/schema';
import { parseGlossary } from '@/lib/glossary/validate';

const glossary = parseGlossary(rawGlossary);
const byId = new Map(glossary.map((entry) => [entry.id, entry]));

/** Every name an entry can be found or highlighted by. */
const namesOf = (entry: GlossaryEntry) => [
  entry.term,
  ...entry.aliases,
  ...(entry.exactNames ?? []),
  ...entry.forms,
];

function findByName(name: string): GlossaryEntry | undefined {
  const wanted = name.toLocaleLowerCase('da');
  return glossary.find(
    (entry) =>
      entry.abbreviations.includes(name) || namesOf(entry).some((n) => n.toLocaleLowerCase('da') === wanted),
  );
}

// The eleven methods and tools of "Metoder og redskaber" (jobmeddiagnose.dk): eight methods, and three
// schemes of the employment acts.
const METHODS = ['IPS', 'IBBIS', 'CTI', 'Assertive Community Treatment', 'Lær at tackle', 'Åben og Rolig', 'Kognitiv terapi', 'Peerstøtte'];
const SCHEMES = ['fleksjob', 'personlig-assistance', 'hjaelpemidler'];

// Support in employment, the concepts these texts lean on, and the schemes of the acts.
const REQUIRED = [
  'Supported Employment', 'SE', 'place-and-train', 'train-and-place', 'Mentorstøtte', 'Virksomhedspraktik',
  'Ansættelse med løntilskud', 'løntilskud', 'Virksomhedskonsulent', 'Skånevilkår', 'ACT', 'Recovery',
  'Arbejdsevne', 'Nedsat arbejdsevne', 'Seniorjob', 'Offentlig forsørgelse',
  'Ressourceforløb', 'Jobafklaringsforløb', 'Sygedagpenge', 'Førtidspension', 'Revalidering', 'Kontanthjælp',
  'Uddannelseshjælp', 'Ledighedsydelse', 'Fleksløntilskud', 'Rehabiliteringsteam', 'Jobcenter',
  'Aktivitetsparat', 'Jobparat', 'Ressourceforløbsydelse', 'Koordinerende sagsbehandler',
];

describe('data/glossary.json', () => {
  it('holds at least 45 valid entries', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(45);
  });

  it.each(METHODS)('has the method %s under "metoder"', (name) => {
    expect(findByName(name)?.category).toBe('metoder');
  });

  it.each(SCHEMES)('has the scheme %s, in the employment acts\' sense', (id) => {
    expect(byId.get(id)?.areas).toContain('employment');
  });

  it('puts every entry in at least one area of law', () => {
    expect(glossary.filter((entry) => entry.areas.length === 0).map((entry) => entry.id)).toEqual([]);
  });

  it.each(REQUIRED)('has an entry for %s', (name) => {
    expect(findByName(name)).toBeDefined();
  });

  it('uses only the fixed categories, and every one of them', () => {
    expect(new Set(glossary.map((entry) => entry.category))).toEqual(new Set(CATEGORIES));
  });

  it('has unique ids and only related ids that exist, never itself', () => {
    expect(new Set(byId.keys()).size).toBe(glossary.length);
    for (const entry of glossary) {
      for (const related of entry.related) {
        expect(byId.has(related), `${entry.id} → ${related}`).toBe(true);
        expect(related).not.toBe(entry.id);
      }
    }
  });

  it('links the support-in-employment methods into one navigable chain', () => {
    const chain = ['ips', 'supported-employment', 'mentorstoette', 'virksomhedspraktik', 'loentilskud'];
    for (const [from, to] of chain.slice(1).map((id, i) => [chain[i], id] as const)) {
      expect(byId.get(from ?? '')?.related, `${from} → ${to}`).toContain(to);
      expect(byId.get(to)?.related, `${to} → ${from}`).toContain(from);
    }
  });

  it('says which day the texts describe', () => {
    expect(rawGlossary.glossaryDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('dates every change of status, says what happens to running cases, and names the act behind every change since 2024', () => {
    const changed = glossary.filter((entry) => entry.status && entry.status.state !== 'in-force');
    expect(changed.length).toBeGreaterThanOrEqual(8);
    for (const entry of changed) {
      expect(entry.status?.since, entry.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if ((entry.status?.since ?? '') >= '2024-01-01') {
        expect(entry.status?.amendedBy?.url, entry.id).toMatch(/^https:\/\/www\.retsinformation\.dk\/eli\/lta\/\d{4}\/\d+$/);
      } else {
        expect(entry.status?.ongoing, entry.id).toBeTruthy();
      }
    }
  });

  it('gives the schemes the 2025-26 reforms closed a status', () => {
    for (const id of ['ressourceforloeb', 'revalidering', 'jobrotation', 'jobcenter', 'rehabiliteringsteam']) {
      expect(byId.get(id)?.status?.state, id).toMatch(/abolished|phasing-out/);
    }
  });

  it('keeps summaries short enough for the hover card', () => {
    for (const entry of glossary) expect(entry.summary.length, entry.id).toBeLessThanOrEqual(240);
  });

  it('cites only pages known to exist, over https, and legal bases as retsinformation.dk ELI links', () => {
    const known = readFileSync('data/sources.md', 'utf8');
    for (const entry of glossary) {
      const urls = [...entry.sources.map((source) => source.url), ...(entry.legalBasis ? [entry.legalBasis.url] : [])];
      for (const url of urls) {
        expect(new URL(url).protocol, `${entry.id}: ${url}`).toBe('https:');
        expect(known.includes(url), `${entry.id}: ${url} is not in data/sources.md`).toBe(true);
      }
      if (entry.legalBasis) {
        expect(entry.legalBasis.url).toMatch(/^https:\/\/www\.retsinformation\.dk\/eli\/lta\/\d{4}\/\d+$/);
      }
    }
  });

  it('lets two entries share a name only as senses of different acts (or where an abbreviation is marked ambiguous)', () => {
    const owners = new Map<string, GlossaryEntry[]>();
    for (const entry of glossary) {
      const keys = [...namesOf(entry).map((n) => n.toLocaleLowerCase('da')), ...entry.abbreviations];
      for (const key of new Set(keys)) owners.set(key, [...(owners.get(key) ?? []), entry]);
    }
    const marked = new Set(glossary.flatMap((entry) => entry.ambiguous.map((a) => a.abbreviation)));
    const senses = (entries: GlossaryEntry[]) => {
      const acts = entries.map((entry) => entry.acts);
      return acts.every((list) => list.length > 0) && new Set(acts.flat()).size === acts.flat().length;
    };
    const shared = [...owners]
      .filter(([key, entries]) => entries.length > 1 && !marked.has(key) && !senses(entries))
      .map(([key, entries]) => `${key}: ${entries.map((entry) => entry.id).join(', ')}`);
    expect(shared).toEqual([]);
  });

  it('treats the senses of one name alike on pages of other acts: all words of the field only, or none', () => {
    // One sense of "beskæftigelseskrav" marked where the others are not would be shown alone on a
    // page of an act none of them belongs to (barselsloven has a beskæftigelseskrav of its own).
    const byTerm = new Map<string, GlossaryEntry[]>();
    for (const entry of glossary) byTerm.set(entry.term.toLocaleLowerCase('da'), [...(byTerm.get(entry.term.toLocaleLowerCase('da')) ?? []), entry]);
    const mixed = [...byTerm]
      .filter(([, entries]) => entries.length > 1 && new Set(entries.map((entry) => entry.fieldOnly === true)).size > 1)
      .map(([term, entries]) => `${term}: ${entries.map((entry) => `${entry.id}${entry.fieldOnly ? ' (field only)' : ''}`).join(', ')}`);
    expect(mixed).toEqual([]);
  });

  it('has the senses the acts need told apart: hjælpemidler, rådighed, and BPA as one longer name', () => {
    const sensesOf = (name: string) => glossary.filter((entry) => namesOf(entry).some((n) => n.toLocaleLowerCase('da') === name));
    expect(sensesOf('hjælpemidler').map((entry) => entry.acts.includes('sel'))).toEqual(expect.arrayContaining([true, false]));
    expect(sensesOf('rådighed').length).toBeGreaterThanOrEqual(2);
    expect(findByName('Borgerstyret personlig assistance')?.acts).toContain('sel');
  });

  it('marks ambiguity only on abbreviations the entry has', () => {
    for (const entry of glossary) {
      for (const { abbreviation } of entry.ambiguous) expect(entry.abbreviations, entry.id).toContain(abbreviation);
    }
  });

  it('is published as JSON Schema that matches the zod schema', async () => {
    const { glossaryJsonSchemaText } = await import('@/lib/glossary/json-schema');
    expect(readFileSync('data/glossary.schema.json', 'utf8'), 'run `npm run schema`').toBe(glossaryJsonSchemaText());
  });
});
