import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '@/lib/glossary/schema';
import { compileMatcher } from '@/lib/matcher/create-matcher';
import { deriveForms, doublesFinalConsonant, syncopatedStem } from '@/lib/matcher/danish-forms';

describe('Danish inflection by rule', () => {
  it.each([
    ['fleksjob', ['fleksjobbet', 'fleksjobs', 'fleksjobbene', 'fleksjobbets']],
    ['løntilskud', ['løntilskuddet', 'løntilskuddene', 'løntilskuds']],
    ['virksomhedspraktik', ['virksomhedspraktikken', 'virksomhedspraktikker', 'virksomhedspraktikkerne']],
    ['mentor', ['mentoren', 'mentorer', 'mentorerne', 'mentorens']],
    ['hjælpemidler', ['hjælpemidlerne', 'hjælpemidlernes']],
    ['arbejdsevne', ['arbejdsevnen', 'arbejdsevner', 'arbejdsevnerne', 'arbejdsevnens']],
    ['terapi', ['terapien', 'terapier', 'terapierne']],
    ['Jobcenter', ['Jobcenteret', 'Jobcenters']],
  ])('%s → %j', (word, forms) => {
    expect(deriveForms(word)).toEqual(expect.arrayContaining([word, ...forms]));
  });

  it('doubles the final consonant only after a single short vowel', () => {
    expect(['fleksjob', 'løntilskud', 'praktik'].map(doublesFinalConsonant)).toEqual([true, true, true]);
    expect(['arbejdsevne', 'terapi', 'hjælpemiddel', 'team'].map(doublesFinalConsonant)).toEqual([false, false, false, false]);
  });

  it('leaves abbreviations and names ending in a digit alone', () => {
    expect(deriveForms('§ 116')).toEqual(['§ 116']);
  });
});

describe('short names take inflections but no compound tail', () => {
  const entry = (id: string, term: string): GlossaryEntry => ({
    id, term, abbreviations: [], aliases: [], forms: [], searchWords: [], areas: [], acts: [], category: 'begreber', summary: 's', description: 'd',
    related: [], sources: [{ title: 't', url: 'https://example.dk' }], ambiguous: [],
  });
  const matcher = compileMatcher([entry('job', 'Job'), entry('ydelse', 'Ydelse')]);
  const found = (text: string) => matcher.find(text).map((m) => text.slice(m.start, m.end));

  it('marks jobbet and jobs, not jobcenter', () => {
    expect(found('Jobbet, to jobs og et jobcenter.')).toEqual(['Jobbet', 'jobs']);
  });

  it('marks a compound of a long enough name', () => {
    expect(found('Ydelsesloftet og ydelsen.')).toEqual(['Ydelsesloftet', 'ydelsen']);
  });
});

describe('syncopatedStem', () => {
  it.each([
    ['nummer', 'numr'],
    ['middel', 'midl'],
    ['himmel', 'himl'],
  ])('drops the unstressed e of %s', (word, stem) => {
    expect(syncopatedStem(word)).toBe(stem);
  });

  it.each(['skærm', 'selskab', 'lov', 'ide'])('leaves %s alone', (word) => {
    expect(syncopatedStem(word)).toBeUndefined();
  });
});
