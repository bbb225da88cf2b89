import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import rawGlossary from '@/data/glossary.json';
import { parseRegister } from '@/lib/acts/schema';
import { parseGlossary } from '@/lib/glossary/validate';

const raw = JSON.parse(readFileSync('data/acts.json', 'utf8')) as { acts: Record<string, unknown>[] };
const register = parseRegister(raw);
const glossary = parseGlossary(rawGlossary);
const ids = new Set(register.acts.map((act) => act.id));

describe('data/acts.json, the register of acts', () => {
  it('holds the acts of the field with their current consolidation, dated on or before the register\'s day', () => {
    for (const id of ['lab', 'las', 'sdl', 'lou', 'komp', 'sel', 'rsl', 'lsp', 'alf', 'fgu', 'kuu']) expect(ids.has(id), id).toBe(true);
    for (const act of register.acts) expect(act.consolidation.date <= register.registerDate, act.id).toBe(true);
  });

  it('refuses an act without names, a name two acts claim, and an address that is not an ELI link', () => {
    const first = raw.acts[0] ?? {};
    expect(() => parseRegister({ ...raw, acts: [{ ...first, names: [] }] })).toThrow(/names/);
    expect(() => parseRegister({ ...raw, acts: [first, { ...first, id: 'kopi' }] })).toThrow(/bruges af både/);
    expect(() => parseRegister({ ...raw, acts: [{ ...first, consolidation: { title: 'x', url: 'https://example.dk/lov', date: '2024-01-01' } }] })).toThrow(/ELI/);
  });

  it('knows every act the glossary\'s entries name, and their legal basis is a version of that act, an act amending it, or an executive order under it', () => {
    for (const entry of glossary) {
      for (const act of entry.acts) expect(ids.has(act), `${entry.id}: ${act}`).toBe(true);
      const basis = entry.legalBasis;
      if (!basis?.act || basis.law.startsWith('Bekendtgørelse')) continue;
      const act = register.acts.find((candidate) => candidate.id === basis.act);
      const versions = [act?.consolidation.url, ...(act?.earlier ?? []), ...(act?.amendedBy.map((amendment) => amendment.url) ?? [])];
      expect(versions, `${entry.id}: ${basis.url} is not a version of ${basis.act}`).toContain(basis.url);
    }
  });

  it('gives no glossary entry an act\'s name: the act\'s own card explains it', () => {
    const actNames = new Set(register.acts.flatMap((act) => [act.title, ...act.names].map((name) => name.toLowerCase())));
    for (const entry of glossary) {
      for (const name of [entry.term, ...entry.aliases]) expect(actNames.has(name.toLowerCase()), `${entry.id}: ${name}`).toBe(false);
    }
  });
});
