import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { actsAsMatchable, findReferences, holdsProvisions, pieceOf, provisionLabel, shortened } from '@/lib/acts';
import { parseRegister } from '@/lib/acts/schema';
import { compileMatcher } from '@/lib/matcher/create-matcher';

const register = parseRegister(JSON.parse(readFileSync('data/acts.json', 'utf8')));
const matcher = compileMatcher(actsAsMatchable(register.acts));

/** Each reference as its text, the provision's label and where it points ("here", an act's id, "?"). */
function refs(text: string, pageAct?: string): [string, string, string][] {
  return findReferences(text, matcher.find(text), pageAct).map((reference) => [
    text.slice(reference.start, reference.end),
    provisionLabel(reference.provision),
    reference.unknownAct ? '?' : (reference.act ?? 'here'),
  ]);
}

describe('references to provisions of this act', () => {
  it('reads a §, its letter, stk., nr. and sentence', () => {
    expect(refs('personer omfattet af § 46.')).toEqual([['§ 46', '§ 46', 'here']]);
    expect(refs('jf. § 7 a, stk. 2, skal')).toEqual([['§ 7 a, stk. 2', '§ 7 a, stk. 2', 'here']]);
    expect(refs('efter § 46, stk. 2')).toEqual([['§ 46, stk. 2', '§ 46, stk. 2', 'here']]);
    expect(refs('personer omfattet af § 6, nr. 4,')).toEqual([['§ 6, nr. 4', '§ 6, nr. 4', 'here']]);
    expect(refs('jf. § 46, stk. 2, nr. 3.')).toEqual([['§ 46, stk. 2, nr. 3', '§ 46, stk. 2, nr. 3', 'here']]);
    expect(refs('efter § 7, stk. 1, 2. pkt., til')).toEqual([['§ 7, stk. 1, 2. pkt.', '§ 7, stk. 1', 'here']]);
    expect(refs('efter § 7a og')).toEqual([['§ 7a', '§ 7 a', 'here']]);
  });

  it('reads Danish letters after numbers, and tells the letter i from the word', () => {
    expect(refs('efter § 15 æ, stk. 1, og § 15 ø')).toEqual([
      ['§ 15 æ, stk. 1', '§ 15 æ, stk. 1', 'here'],
      ['§ 15 ø', '§ 15 ø', 'here'],
    ]);
    expect(refs('jf. § 15 i, stk. 3')).toEqual([['§ 15 i, stk. 3', '§ 15 i, stk. 3', 'here']]);
    expect(refs('jf. § 15 i og j')).toEqual([['§ 15 i', '§ 15 i', 'here']]);
    expect(refs('plejeboliger, jf. § 143 i i lov om almene boliger')).toEqual([['§ 143 i', '§ 143 i', '?']]);
    expect(refs('efter skatteindberetningsloven § 9')).toEqual([['§ 9', '§ 9', '?']]);
    expect(refs('omfattet af § 15 A i pensionsbeskatningsloven')).toEqual([['§ 15 A', '§ 15 a', '?']]);
    expect(refs('efter § 7 I øvrigt')).toEqual([['§ 7', '§ 7', 'here']]);
    expect(refs('omfattet af lov om medicinsk udstyr § 2 b, stk. 1')).toEqual([['§ 2 b, stk. 1', '§ 2 b, stk. 1', '?']]);
    expect(refs('efter § 83 i lov om social service og § 90, nr. 1, i barnets lov')).toEqual([
      ['§ 83', '§ 83', 'sel'],
      ['§ 90, nr. 1', '§ 90, nr. 1', 'barnets-lov'],
    ]);
    expect(refs('efter § 13 i det omfang')).toEqual([['§ 13', '§ 13', 'here']]);
  });

  it('reads lists and ranges, each listed provision a reference of its own', () => {
    expect(refs('efter §§ 31 og 32')).toEqual([
      ['§§ 31', '§ 31', 'here'],
      ['32', '§ 32', 'here'],
    ]);
    expect(refs('jf. §§ 56-59.')).toEqual([['§§ 56-59', '§§ 56-59', 'here']]);
    expect(refs('§§ 13, 14, 16 a og 19 a')).toEqual([
      ['§§ 13', '§ 13', 'here'],
      ['14', '§ 14', 'here'],
      ['16 a', '§ 16 a', 'here'],
      ['19 a', '§ 19 a', 'here'],
    ]);
    expect(refs('efter § 7, stk. 1 og 2, og § 8')).toEqual([
      ['§ 7, stk. 1', '§ 7, stk. 1', 'here'],
      ['2', '§ 7, stk. 2', 'here'],
      ['§ 8', '§ 8', 'here'],
    ]);
    expect(refs('jf. § 2, nr. 1-3, og')).toEqual([['§ 2, nr. 1-3', '§ 2, nr. 1-3', 'here']]);
    expect(refs('jf. § 4, stk. 1, nr. 5, 9 og 10')).toEqual([
      ['§ 4, stk. 1, nr. 5', '§ 4, stk. 1, nr. 5', 'here'],
      ['9', '§ 4, stk. 1, nr. 9', 'here'],
      ['10', '§ 4, stk. 1, nr. 10', 'here'],
    ]);
  });

  it('reads a bare stk. as the stk. of the § it stands in, or of the § before it in a list', () => {
    expect(refs('Faren indtræder i retten efter stk. 1, hvis')).toEqual([['stk. 1', 'stk. 1', 'here']]);
    expect(refs('jf. dog stk. 2 og 3.')).toEqual([
      ['stk. 2', 'stk. 2', 'here'],
      ['3', 'stk. 3', 'here'],
    ]);
    expect(refs('en joblog, jf. dog stk. 5, 2) deltage i')).toEqual([['stk. 5', 'stk. 5', 'here']]);
    expect(refs('efter stk. 2 og § 13 i lov om sygedagpenge')).toEqual([
      ['stk. 2', 'stk. 2', 'here'],
      ['§ 13', '§ 13', 'sdl'],
    ]);
    expect(refs('efter § 53, stk. 8, jf. stk. 13. Betingelserne i § 74 a, bortset fra stk. 1, nr. 5')).toEqual([
      ['§ 53, stk. 8', '§ 53, stk. 8', 'here'],
      ['stk. 13', '§ 53, stk. 13', 'here'],
      ['§ 74 a', '§ 74 a', 'here'],
      ['stk. 1, nr. 5', '§ 74 a, stk. 1, nr. 5', 'here'],
    ]);
    expect(refs('efter § 19, stk. 6, jf. dog stk. 4')).toEqual([
      ['§ 19, stk. 6', '§ 19, stk. 6', 'here'],
      ['stk. 4', 'stk. 4', 'here'],
    ]);
    expect(refs('efter § 12, stk. 1, og stk. 3')).toEqual([
      ['§ 12, stk. 1', '§ 12, stk. 1', 'here'],
      ['stk. 3', '§ 12, stk. 3', 'here'],
    ]);
  });

  it('reads chapters', () => {
    expect(refs('reglerne i kapitel 19 og')).toEqual([['kapitel 19', 'kapitel 19', 'here']]);
    expect(refs('efter kapitel 2 a.')).toEqual([['kapitel 2 a', 'kapitel 2 a', 'here']]);
  });

  it('leaves a provision\'s own heading alone', () => {
    expect(refs('§ 7 a. En beskæftiget mor, jf. § 7')).toEqual([['§ 7', '§ 7', 'here']]);
    expect(refs('\u0000\n   Stk. 2. Faren\u0000§§ 56-59. (Udelades)\u0000Kapitel 3\u0000§ 167\u0000')).toEqual([]);
    expect(refs('tekst. Stk. 2. Kommunen')).toEqual([]);
  });

  it('crosses the line breaks of an act\'s HTML, never a block boundary', () => {
    expect(refs('efter § 7,\n            stk. 1,\n 2. pkt., til')).toEqual([['§ 7,\n            stk. 1,\n 2. pkt.', '§ 7, stk. 1', 'here']]);
    expect(refs('omfattet af straffelovens § 81\n      a, § 244, stk. 2, hvis')).toEqual([
      ['§ 81\n      a', '§ 81 a', '?'],
      ['§ 244, stk. 2', '§ 244, stk. 2', '?'],
    ]);
    expect(refs('efter § 7\u0000stk. 1')).toEqual([
      ['§ 7', '§ 7', 'here'],
      ['stk. 1', 'stk. 1', 'here'],
    ]);
  });
});

describe('references into other acts', () => {
  it('take the act named after them', () => {
    expect(refs('efter § 13 i lov om sygedagpenge')).toEqual([['§ 13', '§ 13', 'sdl']]);
    expect(refs('jf. § 2 i lov om social pension.')).toEqual([['§ 2', '§ 2', 'lsp']]);
    expect(refs('§ 65, stk. 1, i lov om sygedagpenge')).toEqual([['§ 65, stk. 1', '§ 65, stk. 1', 'sdl']]);
    expect(refs('jf. § 85 i serviceloven')).toEqual([['§ 85', '§ 85', 'sel']]);
    expect(refs('jf. § 85 serviceloven')).toEqual([['§ 85', '§ 85', 'sel']]);
  });

  it('take the act named before them', () => {
    expect(refs('efter sygedagpengelovens § 7')).toEqual([['§ 7', '§ 7', 'sdl']]);
    expect(refs('serviceloven § 85, stk. 2')).toEqual([['§ 85, stk. 2', '§ 85, stk. 2', 'sel']]);
    expect(refs('LAS § 11')).toEqual([['LAS § 11'.slice(4), '§ 11', 'las']]);
    expect(refs('servicelovens §§ 83 og 85')).toEqual([
      ['§§ 83', '§ 83', 'sel'],
      ['85', '§ 85', 'sel'],
    ]);
  });

  it('share the act of their chain', () => {
    expect(refs('§ 11, § 12, stk. 1, §§ 13 og 14 i lov om dagpenge ved sygdom eller fødsel')).toEqual([
      ['§ 11', '§ 11', '?'],
      ['§ 12, stk. 1', '§ 12, stk. 1', '?'],
      ['§§ 13', '§ 13', '?'],
      ['14', '§ 14', '?'],
    ]);
    expect(refs('jf. § 17 a i lov om organisering og understøttelse af beskæftigelsesindsatsen m.v. og regler udstedt i medfør af § 17 b i samme lov')).toEqual([
      ['§ 17 a', '§ 17 a', 'lou'],
      ['§ 17 b', '§ 17 b', 'lou'],
    ]);
  });

  it('never point into this page when the act is one the register does not know', () => {
    expect(refs('De ændringer, der følger af § 4, nr. 5, 9 og 10, i lov nr. 879 af 21. juni 2022')).toEqual([
      ['§ 4, nr. 5', '§ 4, nr. 5', '?'],
      ['9', '§ 4, nr. 9', '?'],
      ['10', '§ 4, nr. 10', '?'],
    ]);
    expect(refs('efter straffelovens § 10 og § 3 i integrationsloven')).toEqual([
      ['§ 10', '§ 10', '?'],
      ['§ 3', '§ 3', '?'],
    ]);
    expect(refs('jf. § 8, stk. 5, i lovbekendtgørelse nr. 1047')).toEqual([['§ 8, stk. 5', '§ 8, stk. 5', '?']]);
    expect(refs('efter § 7 i den hidtil gældende lov')).toEqual([['§ 7', '§ 7', '?']]);
    expect(refs('efter § 7 i de hidtil gældende regler')).toEqual([['§ 7', '§ 7', '?']]);
    expect(refs('efter § 32 i den indtil den 1. maj 2008 gældende lov om individuel boligstøtte')).toEqual([['§ 32', '§ 32', '?']]);
    expect(refs('adoption efter § 9 i adop\u200d\u200ctionsloven')).toEqual([['§ 9', '§ 9', '?']]);
    expect(refs('som nævnt i lov om boligbyggeri, § 68, stk. 1')).toEqual([['§ 68, stk. 1', '§ 68, stk. 1', '?']]);
    expect(refs('jf. artikel 3 i direktiv 2019/1158/EU og § 3 i EU-forordningen')).toEqual([['§ 3', '§ 3', '?']]);
  });

  it('never point into this page for an act\'s former wording, a version named, or a § another act\'s § explains', () => {
    expect(refs('jf. den tidligere gældende § 22 i lov om aktiv socialpolitik', 'las')).toEqual([['§ 22', '§ 22', '?']]);
    expect(refs('jf. §§ 23 eller 25 i lov om aktiv socialpolitik, jf. lovbekendtgørelse nr. 1031', 'las')).toEqual([
      ['§§ 23', '§ 23', '?'],
      ['25', '§ 25', '?'],
    ]);
    expect(refs('tildelt i medfør af § 10, jf. § 9, stk. 2, nr. 1 og 2, i ældreloven', 'sel')).toEqual([
      ['§ 10', '§ 10', '?'],
      ['§ 9, stk. 2, nr. 1', '§ 9, stk. 2, nr. 1', 'aeldreloven'],
      ['2', '§ 9, stk. 2, nr. 2', 'aeldreloven'],
    ]);
    expect(refs('finder reglerne i § 17, stk. 3-5, og regler udstedt i medfør af § 17, stk. 8, i lov om sygedagpenge', 'alf')).toEqual([
      ['§ 17, stk. 3-5', '§ 17, stk. 3-5', '?'],
      ['§ 17, stk. 8', '§ 17, stk. 8', 'sdl'],
    ]);
    expect(refs('efter § 76, jf. § 77 samt efter § 175 i lov om en aktiv beskæftigelsesindsats', 'alf').map(([, , act]) => act)).toEqual(['here', 'here', 'lab']);
    expect(refs('efter straffelovens § 69, jf. § 68.')).toEqual([
      ['§ 69', '§ 69', '?'],
      ['§ 68', '§ 68', '?'],
    ]);
  });

  it('read "lovens" as the act named just before, else this one', () => {
    expect(refs('gælder reglerne i kapitel 9 og 10 i lov om retssikkerhed og administration på det sociale område bortset fra § 66 i lovens kapitel 10.', 'sel')).toEqual([
      ['kapitel 9', 'kapitel 9', 'rsl'],
      ['10', 'kapitel 10', 'rsl'],
      ['§ 66', '§ 66', 'rsl'],
      ['kapitel 10', 'kapitel 10', 'rsl'],
    ]);
    expect(refs('efter tilbud efter kapitel 11 og 12 i lov om en aktiv beskæftigelsesindsats', 'las')).toEqual([
      ['kapitel 11', 'kapitel 11', 'lab'],
      ['12', 'kapitel 12', 'lab'],
    ]);
  });

  it('point into this page when the act named is the page\'s own, or this act by its words', () => {
    expect(refs('jf. § 7 i barselsloven', 'barselsloven')).toEqual([['§ 7', '§ 7', 'here']]);
    expect(refs('efter barselslovens § 7', 'barselsloven')).toEqual([['§ 7', '§ 7', 'here']]);
    expect(refs('efter lovens § 7 og § 9 i denne lov')).toEqual([
      ['§ 7', '§ 7', 'here'],
      ['§ 9', '§ 9', 'here'],
    ]);
    expect(refs('efter denne lovs § 4')).toEqual([['§ 4', '§ 4', 'here']]);
  });
});

describe('a page that holds an act', () => {
  it('has a provision opening a block', () => {
    expect(holdsProvisions('Titel\u0000\n  § 1. Formålet med denne lov')).toBe(true);
    expect(holdsProvisions('§§ 56-59. (Udelades)')).toBe(true);
    expect(holdsProvisions('Kommunen skal efter § 85 yde støtte.')).toBe(false);
  });
});

describe('the piece of a provision a reference names', () => {
  const section =
    '§ 1. Formålet med denne lov er\n1) at sikre forældre ret til fravær (jf. § 3) og\n2) at sikre ret til barselsdagpenge.\nStk. 2. Kommunen yder hjælp efter stk. 1.\nStk. 3. Hjælpen ydes 1) til børn, 1 a) til unge, 2) til voksne.';
  const cut = (provision: Parameters<typeof pieceOf>[1]) => {
    const piece = pieceOf(section, provision);
    return piece && section.slice(piece.from, piece.to).trim();
  };

  it('cuts a stk., a range of them, and an item of a stk. or of the § before its first stk.', () => {
    expect(cut({ stk: 2 })).toBe('Stk. 2. Kommunen yder hjælp efter stk. 1.');
    expect(cut({ stk: 1 })).toMatch(/^§ 1\. Formålet .* barselsdagpenge\.$/su);
    expect(cut({ stk: 2, stkTo: 3 })).toMatch(/^Stk\. 2\. .* til voksne\.$/su);
    expect(cut({ nr: '2' })).toBe('2) at sikre ret til barselsdagpenge.');
    expect(cut({ nr: '1' })).toBe('1) at sikre forældre ret til fravær (jf. § 3) og');
    expect(cut({ stk: 3, nr: '1a' })).toBe('1 a) til unge,');
    expect(cut({ stk: 3, nr: '1', nrTo: '2' })).toBe('1) til børn, 1 a) til unge, 2) til voksne.');
  });

  it('reads a heading of several stk. and items after a sentence count', () => {
    const text = '§ 16. Loven træder i kraft.\nStk. 2-3. (Udelades)\nStk. 4. Sidste.';
    const piece = pieceOf(text, { stk: 3 });
    expect(piece && text.slice(piece.from, piece.to).trim()).toBe('Stk. 2-3. (Udelades)');
    const items = '§ 72. Følgende: 1) A, jf. § 21, stk. 1, 1. pkt. 2) B, jf. § 3. 3) C.';
    const second = pieceOf(items, { nr: '2' });
    expect(second && items.slice(second.from, second.to).trim()).toBe('2) B, jf. § 3.');
  });

  it('finds nothing the text does not hold', () => {
    expect(cut({ stk: 4 })).toBeUndefined();
    expect(cut({ stk: 2, nr: '1' })).toBeUndefined();
  });

  it('shortens a long text at a word', () => {
    expect(shortened('Kommunen yder hjælp til personer', 20)).toBe('Kommunen yder hjælp …');
  });
});
