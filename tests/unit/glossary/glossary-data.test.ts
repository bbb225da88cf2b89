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
  ...(entry.englishTerm ? [entry.englishTerm] : []),
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

// The eleven methods and tools of "Metoder og redskaber" (jobmeddiagnose.dk): the methods, and the
// schemes of the acts among them.
const METHODS: Record<string, string[]> = {
  metoder: ['IPS', 'IBBIS', 'CTI', 'Assertive Community Treatment', 'Lær at tackle', 'Åben og Rolig', 'Kognitiv terapi', 'Peerstøtte'],
  'tilbud og indsatser': ['Fleksjob', 'Personlig assistance', 'Hjælpemidler'],
};

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

  it.each(Object.entries(METHODS).flatMap(([category, names]) => names.map((name) => [name, category])))(
    'has the method %s under "%s"',
    (name, category) => {
      expect(findByName(name)?.category).toBe(category);
    },
  );

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

  it('dates every change of status and names the act behind it', () => {
    const changed = glossary.filter((entry) => entry.status && entry.status.state !== 'in-force');
    expect(changed.length).toBeGreaterThanOrEqual(8);
    for (const entry of changed) {
      expect(entry.status?.since, entry.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(entry.status?.amendedBy?.url, entry.id).toMatch(/^https:\/\/www\.retsinformation\.dk\/eli\/lta\/\d{4}\/\d+$/);
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

  it('lets no name or abbreviation point to two entries unless it is marked ambiguous', () => {
    const owners = new Map<string, string[]>();
    for (const entry of glossary) {
      const keys = [...namesOf(entry).map((n) => n.toLocaleLowerCase('da')), ...entry.abbreviations];
      for (const key of new Set(keys)) owners.set(key, [...(owners.get(key) ?? []), entry.id]);
    }
    const marked = new Set(glossary.flatMap((entry) => entry.ambiguous.map((a) => a.abbreviation)));
    const shared = [...owners].filter(([key, ids]) => ids.length > 1 && !marked.has(key));
    expect(shared).toEqual([]);
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
