import { describe, expect, it } from 'vitest';
import rawActs from '@/data/acts.json';
import rawGlossary from '@/data/glossary.json';
import { parseRegister } from '@/lib/acts/schema';
import { parseGlossary } from '@/lib/glossary/validate';
import { createSearchIndex } from '@/lib/search/search-index';
import { parseSectionQuery, parseSections } from '@/lib/search/section-lookup';

const acts = parseRegister(rawActs).acts;
const glossary = parseGlossary(rawGlossary);
const index = createSearchIndex(glossary, undefined, acts);

describe('the sections a legal basis names', () => {
  it.each([
    ['§ 96', [[96, '', 96, '']]],
    ['§ 83, stk. 1, nr. 2', [[83, '', 83, '']]],
    ['§§ 2-4, 7 a og 8', [[2, '', 4, ''], [7, 'a', 7, 'a'], [8, '', 8, '']]],
    ['§§ 26 g-26 v og 48 a-48 g', [[26, 'g', 26, 'v'], [48, 'a', 48, 'g']]],
    ['§ 12, stk. 1, og § 15, stk. 1', [[12, '', 12, ''], [15, '', 15, '']]],
    ['§ 13, stk. 12-13', [[13, '', 13, '']]],
  ])('%s', (text, spans) => {
    expect(parseSections(text).map(({ from, to }) => [from.number, from.letter, to.number, to.letter])).toEqual(spans);
  });
});

describe('a § in a query', () => {
  it.each([
    ['§ 96', undefined, 96, ''],
    ['SEL § 112', 'sel', 112, ''],
    ['serviceloven 112', 'sel', 112, ''],
    ['servicelovens § 85', 'sel', 85, ''],
    ['§ 96 i serviceloven', 'sel', 96, ''],
    ['LAS § 40 a', 'las', 40, 'a'],
    ['aktivlovens § 82a', 'las', 82, 'a'],
    ['paragraf 103', undefined, 103, ''],
    ['sygedagpengeloven § 24', 'sdl', 24, ''],
    ['lov om social service § 100', 'sel', 100, ''],
  ])('"%s" asks for act %s, § %s %s', (query, act, number, letter) => {
    expect(parseSectionQuery(query, acts)).toMatchObject({ act, section: { number, letter } });
  });

  it('does not take the next word for a section letter', () => {
    expect(parseSectionQuery('hjemmestøtte § 85', acts)).toMatchObject({ section: { number: 85, letter: '' }, rest: 'hjemmestoette' });
  });

  it('reads no § from words alone, nor a number without an act', () => {
    expect(parseSectionQuery('kontanthjælp over 30', acts)).toBeUndefined();
    expect(parseSectionQuery('9 ud af 10 år', acts)).toBeUndefined();
  });
});

describe('lookup by §', () => {
  it.each([
    ['§ 96', 'borgerstyret-personlig-assistance'],
    ['SEL § 112', 'hjaelpemidler-serviceloven'],
    ['serviceloven 112', 'hjaelpemidler-serviceloven'],
    ['LAB § 116', 'fleksjob'],
    ['LAS § 40 a', 'skaerpet-raadighedssanktion'],
    ['servicelovens § 85', 'socialpaedagogisk-stoette'],
    ['aktivlovens § 85', 'hjaelp-til-flytning'],
  ])('"%s" finds %s first', (query, id) => {
    expect(index.search(query)[0]).toBe(id);
  });

  it('finds an entry whose basis is a span of sections that holds the one asked for', () => {
    expect(index.search('aktivloven § 83')).toContain('hjaelp-i-saerlige-tilfaelde');
  });

  it('finds the act\'s entries, nearest section first, when none is grounded in the section or refers to it', () => {
    expect(index.search('sygedagpengeloven § 27')[0]).toBe('forlaengelse-af-sygedagpenge');
  });
});
