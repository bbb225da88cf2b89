import { describe, expect, it } from 'vitest';
import { parseGlossary, validateGlossary } from '@/lib/glossary/validate';

const valid = {
  id: 'fleksjob',
  term: 'Fleksjob',
  category: 'tilbud og indsatser',
  summary: 'Job på særlige vilkår.',
  description: 'En længere tekst.',
  sources: [{ title: 'Lov', url: 'https://www.retsinformation.dk/eli/lta/2024/280' }],
};

const errorsFor = (input: unknown) => {
  const result = validateGlossary(input);
  return result.ok ? [] : result.errors;
};

describe('validateGlossary', () => {
  it('accepts a minimal entry and fills in the lists it left out', () => {
    const result = validateGlossary([valid]);
    expect(result).toMatchObject({ ok: true, glossary: [{ id: 'fleksjob', aliases: [], abbreviations: [], related: [] }] });
  });

  it.each([
    ['a missing summary', { summary: undefined }, 'Opslag 1 ("fleksjob"), feltet "summary"'],
    ['a summary over 240 characters', { summary: 'x'.repeat(241) }, 'feltet "summary"'],
    ['a plain-http source', { sources: [{ title: 'x', url: 'http://example.dk' }] }, 'feltet "sources.0.url"'],
    ['an unknown category', { category: 'andet' }, 'feltet "category"'],
    ['an id that is not kebab-case', { id: 'Fleks Job' }, 'feltet "id"'],
    ['a field the schema does not know', { colour: 'blue' }, 'colour'],
    ['no source at all', { sources: [] }, 'feltet "sources"'],
  ])('names the entry and the field for %s', (_, change, expected) => {
    const errors = errorsFor([{ ...valid, ...change }]);
    expect(errors.join('\n')).toContain(expected);
  });

  it('names the entry by position when it has no usable id', () => {
    expect(errorsFor([valid, { ...valid, id: 42 }]).join('\n')).toContain('Opslag 2, feltet "id"');
  });

  it('rejects duplicate ids and related ids that do not exist', () => {
    expect(errorsFor([valid, valid]).join('\n')).toContain('"fleksjob" bruges af flere opslag');
    expect(errorsFor([{ ...valid, related: ['ips'] }]).join('\n')).toContain('"ips" findes ikke');
  });

  it('rejects what is not a list of entries', () => {
    expect(errorsFor({ entries: [] })).not.toEqual([]);
    expect(errorsFor([])).not.toEqual([]);
  });

  it('throws one readable error for the build', () => {
    expect(() => parseGlossary([{ ...valid, summary: '' }])).toThrow(/Ordlisten er ugyldig:\n- Opslag 1 \("fleksjob"\), feltet "summary"/);
  });
});
