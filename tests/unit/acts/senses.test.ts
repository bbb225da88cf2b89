import { describe, expect, it } from 'vitest';
import { actOfPage, actsAsMatchable, chooseSenses, holdsFieldTerms, isFieldHost } from '@/lib/acts';
import type { MatchableEntry } from '@/lib/glossary/matchable';
import { compileMatcher } from '@/lib/matcher/create-matcher';

const entry = (id: string, term: string, extra: Partial<MatchableEntry> = {}): MatchableEntry => ({
  id,
  term,
  abbreviations: [],
  aliases: [],
  forms: [],
  ambiguous: [],
  ...extra,
});

// Two schemes named alike, one word of the field only, one ordinary term, and two acts by name.
const glossary: MatchableEntry[] = [
  entry('hjaelpemidler', 'Hjælpemidler', { acts: ['lab', 'komp'], fieldOnly: true }),
  entry('hjaelpemidler-serviceloven', 'Hjælpemidler', { acts: ['sel'], fieldOnly: true }),
  entry('raadighed', 'Rådighed', { acts: ['las'], fieldOnly: true }),
  entry('personlig-assistance', 'Personlig assistance', { acts: ['komp'] }),
  entry('borgerstyret-personlig-assistance', 'Borgerstyret personlig assistance', { abbreviations: ['BPA'], acts: ['sel'] }),
  entry('fleksjob', 'Fleksjob'),
  ...actsAsMatchable([
    { id: 'sel', title: 'Lov om social service', names: ['serviceloven'], abbreviations: ['SEL'] },
    { id: 'lab', title: 'Lov om en aktiv beskæftigelsesindsats', names: ['beskæftigelsesindsatsloven'], abbreviations: ['LAB'] },
    { id: 'las', title: 'Lov om aktiv socialpolitik', names: ['aktivloven'], abbreviations: ['LAS'] },
  ]),
];
const matcher = compileMatcher(glossary);

/** The entries found in a text, in the sense the page's act and the acts named in the text give them. */
function senses(text: string, pageAct?: string) {
  return chooseSenses(matcher.find(text), text, pageAct, (id) => matcher.senseOf(id)).map(({ entryId, alternatives, undecided, fieldOnly }) => ({
    entryId,
    ...(alternatives ? { alternatives } : {}),
    ...(undecided ? { undecided } : {}),
    ...(fieldOnly ? { fieldOnly } : {}),
  }));
}

describe('the sense of a word several acts use', () => {
  it('follows the act of the page', () => {
    expect(senses('Kommunen yder støtte til hjælpemidler.', 'sel')).toEqual([
      { entryId: 'hjaelpemidler-serviceloven', alternatives: ['hjaelpemidler'], fieldOnly: true },
    ]);
    expect(senses('Kommunen yder støtte til hjælpemidler.', 'lab')).toEqual([
      { entryId: 'hjaelpemidler', alternatives: ['hjaelpemidler-serviceloven'], fieldOnly: true },
    ]);
  });

  it('follows an act named beside the word before the page\'s act', () => {
    const text = 'Hjælpemidler efter servicelovens § 112 er noget andet.';
    expect(senses(text, 'lab')[0]).toMatchObject({ entryId: 'hjaelpemidler-serviceloven' });
    expect(senses('Det kan være hjælpemidler, jf. LAB § 76.', 'sel')[0]).toMatchObject({ entryId: 'hjaelpemidler' });
  });

  it('does not let an act named in another block decide', () => {
    const text = 'Serviceloven\u0000Hjælpemidler til arbejdet.';
    expect(senses(text, 'lab').find((found) => !found.entryId.startsWith('lov:'))).toMatchObject({ entryId: 'hjaelpemidler' });
  });

  it('shows every sense, undecided, where nothing tells them apart', () => {
    expect(senses('Hjælpemidler kan søges.')).toEqual([
      { entryId: 'hjaelpemidler', alternatives: ['hjaelpemidler-serviceloven'], undecided: true, fieldOnly: true },
    ]);
  });

  it('drops a shared word none of whose senses belongs to the act in force', () => {
    expect(senses('Der kan være tale om hjælpemidler.', 'las')).toEqual([]);
  });

  it('keeps a word of the field only on pages of its own act, or with no act, and drops it on another act\'s page', () => {
    expect(senses('Borgeren skal stå til rådighed.', 'las')).toEqual([{ entryId: 'raadighed', fieldOnly: true }]);
    expect(senses('Borgeren skal stå til rådighed.')).toEqual([{ entryId: 'raadighed', fieldOnly: true }]);
    expect(senses('Borgeren skal stå til rådighed.', 'sel')).toEqual([]);
    expect(senses('Rådighed efter aktivloven gælder også her.', 'sel')[0]).toMatchObject({ entryId: 'raadighed' });
  });

  it('lets the longer name win: borgerstyret personlig assistance is one term', () => {
    expect(senses('Borgerstyret personlig assistance gives efter § 96.', 'sel')).toEqual([{ entryId: 'borgerstyret-personlig-assistance' }]);
    expect(senses('Personlig assistance gives efter kompensationsloven.')).toEqual([{ entryId: 'personlig-assistance' }]);
  });

  it('leaves ordinary terms and acts named on the page as they are', () => {
    expect(senses('Fleksjob efter LAB.', 'sel')).toEqual([{ entryId: 'fleksjob' }, { entryId: 'lov:lab' }]);
  });
});

describe('what a page is', () => {
  const byEli = { '2025/1129': 'sel', '2024/280': 'lab', '2023/1089': 'sel' };
  const findIn = (text: string) => matcher.find(text).map((match) => match.entryId);

  it('knows the act from its address on retsinformation.dk, also an earlier consolidation and a § anchor', () => {
    expect(actOfPage({ url: 'https://www.retsinformation.dk/eli/lta/2025/1129' }, byEli, findIn)).toBe('sel');
    expect(actOfPage({ url: 'https://retsinformation.dk/eli/lta/2023/1089#P112' }, byEli, findIn)).toBe('sel');
  });

  it('knows the act from a title that names one act, and nothing from a title naming several', () => {
    expect(actOfPage({ url: 'https://example.dk/x', title: 'Bekendtgørelse af lov om social service' }, byEli, findIn)).toBe('sel');
    expect(actOfPage({ title: 'Hjælpemidler efter serviceloven – Aarhus Kommune' }, byEli, findIn)).toBe('sel');
    expect(actOfPage({ title: 'LAB og aktivloven side om side' }, byEli, findIn)).toBeUndefined();
    expect(actOfPage({ title: 'Nyheder' }, byEli, findIn)).toBeUndefined();
  });

  it('counts the state\'s and the municipalities\' hosts as the field, and not others', () => {
    expect(isFieldHost('www.retsinformation.dk')).toBe(true);
    expect(isFieldHost('star.dk')).toBe(true);
    expect(isFieldHost('www.aarhuskommune.dk')).toBe(true);
    expect(isFieldHost('sag.frederiksberg-kommune.dk')).toBe(true);
    expect(isFieldHost('www.dr.dk')).toBe(false);
    expect(isFieldHost('notstar.dk')).toBe(false);
  });

  it('takes a page with three different ordinary terms as the field, not counting field words and acts', () => {
    expect(holdsFieldTerms([{ entryId: 'a' }, { entryId: 'b' }, { entryId: 'a' }])).toBe(false);
    expect(holdsFieldTerms([{ entryId: 'a' }, { entryId: 'b' }, { entryId: 'lov:sel' }, { entryId: 'r', fieldOnly: true }])).toBe(false);
    expect(holdsFieldTerms([{ entryId: 'a' }, { entryId: 'b' }, { entryId: 'c' }])).toBe(true);
  });
});
