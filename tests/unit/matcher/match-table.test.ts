import { describe, expect, it } from 'vitest';
import rawGlossary from '@/data/glossary.json';
import { parseGlossary } from '@/lib/glossary/validate';
import { chooseSenses } from '@/lib/acts';
import { compileMatcher } from '@/lib/matcher/create-matcher';
import { visibleText } from '@/lib/matcher/text-patterns';

const matcher = compileMatcher(parseGlossary(rawGlossary));

/** What a reader would see marked: [matched text, entry id] in order. */
function marked(text: string): [string, string][] {
  const suppressed = matcher.definedOtherwise(text);
  return matcher.find(text, { suppressed }).map((m) => [visibleText(text.slice(m.start, m.end)), m.entryId]);
}

/** What is marked on a page outside the field (no act, few terms): the words of the field only are not. */
function markedOutsideTheField(text: string): string[] {
  return chooseSenses(matcher.find(text), text, undefined, (id) => matcher.senseOf(id))
    .filter((match) => !match.fieldOnly)
    .map((match) => visibleText(text.slice(match.start, match.end)));
}

describe('words of the field only', () => {
  it('are not marked in ordinary text: arbejdsredskaber, rådighed, formue, samtykke', () => {
    expect(markedOutsideTheField('Han tog sine arbejdsredskaber med og stillede bilen til rådighed; formuen var hans, med samtykke.')).toEqual([]);
  });

  it('leave the names of schemes in the same text marked', () => {
    expect(markedOutsideTheField('Hun fik fleksjob og hjælp til arbejdsredskaber.')).toEqual(['fleksjob']);
  });
});

describe('matching glossary terms in Danish text', () => {
  it.each<[string, string, [string, string][]]>([
    // Inflection by rule, the doubled consonant included
    ['definite', 'Fleksjobbet blev bevilget.', [['Fleksjobbet', 'fleksjob']]],
    ['genitive', 'Et fleksjobs varighed er fem år.', [['fleksjobs', 'fleksjob']]],
    ['doubled d', 'Løntilskuddet udbetales til arbejdsgiveren.', [['Løntilskuddet', 'loentilskud']]],
    ['doubled k', 'Virksomhedspraktikken varede otte uger.', [['Virksomhedspraktikken', 'virksomhedspraktik']]],
    ['definite of alias', 'Mentorordningen hjalp med struktur.', [['Mentorordningen', 'mentorstoette']]],
    ['everyday words are no aliases', 'Mentoren hjalp med struktur, og god bedring.', []],
    ['plural definite', 'Arbejdsevnerne blev vurderet.', [['Arbejdsevnerne', 'arbejdsevne']]],
    ['irregular form from `forms`', 'Hjælpemidlet er bevilget.', [['Hjælpemidlet', 'hjaelpemidler']]],
    ['ending in -e', 'Arbejdsevnen er nedsat.', [['Arbejdsevnen', 'arbejdsevne']]],
    // Compounds: the term as first part, unless a longer entry matches
    ['compound', 'Fleksjobordningen blev ændret.', [['Fleksjobordningen', 'fleksjob']]],
    ['compound with linking s', 'Et løntilskudsjob hos kommunen.', [['løntilskudsjob', 'loentilskud']]],
    ['compound of -praktik', 'Et virksomhedspraktikforløb.', [['virksomhedspraktikforløb', 'virksomhedspraktik']]],
    ['longer entry wins', 'Ressourceforløbsydelsen udbetales.', [['Ressourceforløbsydelsen', 'ressourceforloebsydelse']]],
    ['longer entry wins over the middle', 'Fleksløntilskuddet reguleres.', [['Fleksløntilskuddet', 'flexloentilskud']]],
    // Abbreviations: case-sensitive, hyphen compounds
    ['abbreviation', 'Kommunen tilbyder IPS.', [['IPS', 'ips']]],
    ['never lower case', 'Filen hedder ips.txt og act.', []],
    ['hyphen compound', 'ACT-metoden og CTI-forløb samt IPS-indsatsen.', [['ACT-metoden', 'act'], ['CTI-forløb', 'cti'], ['IPS-indsatsen', 'ips']]],
    ['hanging hyphen', 'Der tilbydes CTI- og peer-støtte.', [['CTI', 'cti'], ['peer-støtte', 'peerstoette']]],
    ['a list of abbreviations', 'Metoderne IPS, CTI og ACT virker.', [['IPS', 'ips'], ['CTI', 'cti'], ['ACT', 'act']]],
    // The Danish verb "se" is never SE
    ['verb se', 'Se vejledningen, og se også bilaget.', []],
    ['SE in capitals', 'SE HER: nye regler', []],
    // Text whose lower case is longer than itself ("İ" lower-cases to two characters)
    ['lower case of another length', 'İzmir: IPS og Fleksjobbet.', [['IPS', 'ips'], ['Fleksjobbet', 'fleksjob']]],
    ['SE in Danish text', 'Kommunen arbejder med SE i jobcentret.', [['SE', 'supported-employment'], ['jobcentret', 'jobcenter']]],
    // Multi-word names across white space runs, line breaks, NBSP and soft hyphens
    ['spaces', 'Hun fik personlig   assistance.', [['personlig assistance', 'personlig-assistance']]],
    ['line break', 'Hun fik personlig\nassistance i jobbet.', [['personlig assistance', 'personlig-assistance']]],
    ['no-break space', 'Hun fik personlig\u00a0assistance.', [['personlig assistance', 'personlig-assistance']]],
    ['soft hyphen', 'Et fleks\u00adjob og personlig assi\u00adstance.', [['fleksjob', 'fleksjob'], ['personlig assistance', 'personlig-assistance']]],
    ['multi-word inflected', 'Åben og Rolig-forløbet og Lær at tackle-kurserne.', [['Åben og Rolig-forløbet', 'aaben-og-rolig'], ['Lær at tackle-kurserne', 'laer-at-tackle']]],
    // Letters beyond ASCII are letters: no match inside a longer word
    ['no match inside a word', 'Seniorjobbet, men ikke antifleksjob eller præfleksjob.', [['Seniorjobbet', 'seniorjob']]],
    // Ambiguous abbreviations with another meaning in the text
    ['SE-nummer', 'Oplys virksomhedens SE-nummer og SE-selskab.', []],
    ['IPS-skærm', 'En IPS-skærm og et IPS-panel.', []],
    ['English around it', 'The SE Asia region and the ACT government are in the news.', []],
    // The other meaning in every form a page writes it
    ['SE-numre, plural', 'Virksomhedernes SE-numre står i registret.', []],
    ['SE-nummeret, definite', 'Skriv SE-nummeret på fakturaen.', []],
    ['two words', 'Skærmen har et IPS display og et IPS panel.', []],
    ['definite compound', 'IPS-panelet giver flotte farver.', []],
    ['SE nr. as two words', 'Virksomhedens SE nr. fremgår af fakturaen.', []],
    // A list of acronyms, known or not, is a list, not a shout
    ['list with unknown acronyms', 'Bostøtten gives som CTI, XYZ og ÅD.', [['CTI', 'cti']]],
    ['list with a slash', 'Teamet arbejder med IPS/ACT.', [['IPS', 'ips'], ['ACT', 'act']]],
    ['a shout stays a shout', 'SE OGSÅ: nye regler for IPS.', [['IPS', 'ips']]],
    ['a long shouted word', 'VIGTIGT CTI: læs her', []],
  ])('%s', (_, text, expected) => {
    expect(marked(text)).toEqual(expected);
  });

  it.each([
    ['institutsikringsordning (IPS)', 'IPS'],
    ['Acceptance and Commitment Therapy (ACT)', 'ACT'],
    ['Cyber Threat Intelligence (CTI)', 'CTI'],
  ])('leaves the abbreviation unmarked on a page that defines it as "%s"', (definition, abbreviation) => {
    const page = `Indledning om ${definition}. Senere i teksten står der blot ${abbreviation} igen.`;
    expect(marked(page).filter(([, id]) => ['ips', 'act', 'cti'].includes(id))).toEqual([]);
    // The same sentence without the other definition is marked.
    expect(marked(`Senere i teksten står der blot ${abbreviation} igen.`)).toHaveLength(1);
  });

  it.each([
    ['the act on European companies', 'Lov om europæiske selskaber (SE-loven). Et SE kan stiftes ved fusion. Et SE skal have hjemsted i Danmark.'],
    ['its regulation', 'Efter SE-forordningen artikel 2 kan et SE stiftes af aktieselskaber. Et SE registreres hos Erhvervsstyrelsen.'],
    ['a definition', 'Et europæisk selskab (SE) er et aktieselskab efter EU-retten. Bestyrelsen i et SE vælges af generalforsamlingen.'],
    ['an inflected definition', 'Reglerne om europæiske selskaber (SE) gælder også her. Et SE kan flytte sit hjemsted.'],
    ['a compound elsewhere on the page', 'Et SE-selskab kan have ansatte i flere lande. Medarbejderne i et SE har ret til indflydelse.'],
  ])('leaves SE unmarked in company law: %s', (_, page) => {
    expect(marked(page).filter(([, id]) => id === 'supported-employment')).toEqual([]);
  });

  it('still marks SE as Supported Employment in a jobcentre text', () => {
    expect(marked('Kommunen tilbyder SE til borgere med handicap. SE giver støtte på arbejdspladsen.')).toEqual([
      ['SE', 'supported-employment'],
      ['SE', 'supported-employment'],
    ]);
  });

  it('marks the abbreviation where the page defines it our way', () => {
    expect(marked('Individual Placement and Support (IPS) virker. IPS bruges i kommunen.')).toEqual([
      ['Individual Placement and Support', 'ips'],
      ['IPS', 'ips'],
      ['IPS', 'ips'],
    ]);
  });
});

describe('names matched only as written', () => {
  it.each<[string, [string, string][]]>([
    ['Borgeren har fået en ny Min Plan i dag.', [['Min Plan', 'min-plan']]],
    ['Min plan er at tage toget.', []],
    ['Kommunen arbejder efter Åben Dialog med netværket.', [['Åben Dialog', 'aaben-dialog']]],
    ['Vi ønsker en åben dialog med borgeren.', []],
  ])('%j', (text, expected) => {
    expect(marked(text)).toEqual(expected);
  });
});
