import type { MatchableEntry } from '../glossary/matchable';
import { syncopatedStem } from './danish-forms';
import { escapeRegex } from './text-patterns';

/** Another meaning of an abbreviation, compiled. */
export interface OtherMeaning {
  abbreviation: string;
  /**
   * Lower-case starts of the words that, after "ABBR-" or "ABBR ", show the other meaning: each
   * compound word as written (its regular forms begin with it: "nummeret", "panelet") and its
   * syncopated stem where Danish drops the e ("nummer" → "numr": "numre", "numrene").
   */
  compounds: string[];
  /**
   * "expansion (ABBR)" or "ABBR (expansion)" anywhere on the page defines it otherwise. Made the
   * first time a page holds the abbreviation: these Unicode regexes cost about a millisecond to
   * build, on every page load, and most pages never need them.
   */
  definition(): RegExp;
}

export function compileOtherMeanings(glossary: readonly Pick<MatchableEntry, 'ambiguous'>[]): Map<string, OtherMeaning[]> {
  const byAbbreviation = new Map<string, OtherMeaning[]>();
  for (const entry of glossary) {
    for (const { abbreviation, compounds, expansions } of entry.ambiguous) {
      let definition: RegExp | undefined;
      const starts = compounds.flatMap((word) => {
        const lower = word.toLowerCase();
        const stem = syncopatedStem(lower);
        return stem ? [lower, stem] : [lower];
      });
      const meaning: OtherMeaning = {
        abbreviation,
        compounds: starts,
        definition: () => (definition ??= definitionPattern(abbreviation, expansions, starts)),
      };
      byAbbreviation.set(abbreviation, [...(byAbbreviation.get(abbreviation) ?? []), meaning]);
    }
  }
  return byAbbreviation;
}

/**
 * What shows, anywhere on a page, that the page means the abbreviation otherwise: a definition
 * with another long form, in either order ("europæisk selskab (SE)", "IPS (In-Plane Switching)"),
 * the long form's words in any inflection ("europæiske selskaber (SE)"); or the abbreviation
 * joined to a word of the other meaning ("SE-forordningen", "SE-selskaber"), which tells a
 * reader what every other "SE" on that page is.
 */
function definitionPattern(abbreviation: string, expansions: readonly string[], compounds: readonly string[]): RegExp {
  const abbr = escapeRegex(abbreviation);
  const inflected = (expansion: string) =>
    expansion
      .trim()
      .split(/\s+/)
      .map((word) => `${escapeRegex(word)}\\p{L}*`)
      .join('\\s+');
  const longForms = expansions.map(inflected).join('|');
  const alternatives = longForms
    ? [`(?:${longForms})\\s*\\(\\s*${abbr}\\s*\\)`, `${abbr}\\s*\\(\\s*(?:${longForms})\\s*\\)`]
    : [];
  if (compounds.length > 0) {
    alternatives.push(`(?<![\\p{L}\\p{N}])${abbr}-(?:${compounds.map(escapeRegex).join('|')})`);
  }
  // Case is ignored throughout: a page that writes "se-selskab" means the company all the same.
  return alternatives.length > 0 ? new RegExp(alternatives.map((a) => `(?:${a})`).join('|'), 'iu') : /(?!)/u;
}

/**
 * The abbreviations that the page shows with another meaning: defined otherwise ("Cyber Threat
 * Intelligence (CTI)") or joined to a word of the other meaning ("SE-selskab").
 */
export function definedOtherwise(text: string, meanings: Map<string, OtherMeaning[]>): Set<string> {
  const found = new Set<string>();
  for (const [abbreviation, list] of meanings) {
    if (!text.includes(abbreviation)) continue;
    if (list.some((meaning) => meaning.definition().test(text))) found.add(abbreviation);
  }
  return found;
}

/** "SE-nummer", "IPS-skærm", "IPS display": the word after the abbreviation shows the other meaning. */
export function compoundShowsOtherMeaning(tail: string, meanings: readonly OtherMeaning[]): boolean {
  const word = tail.toLowerCase();
  return meanings.some((meaning) => meaning.compounds.some((compound) => word.startsWith(compound)));
}

// Short, frequent function words: enough to tell a Danish sentence from an English one.
const DANISH = new Set('og i at det en til er som på med af for den der har de ikke kan skal om eller ved et fra efter hvis under'.split(' '));
const ENGLISH = new Set('the and of to is in for with that on are by this be as an from was it or at which have can'.split(' '));

/** True when the words around a match read as English rather than Danish. */
export function surroundedByEnglish(text: string, start: number, end: number, reach = 80): boolean {
  const around = `${text.slice(Math.max(0, start - reach), start)} ${text.slice(end, end + reach)}`;
  let danish = 0;
  let english = 0;
  for (const word of around.toLowerCase().split(/[^\p{L}]+/u)) {
    if (DANISH.has(word)) danish += 1;
    if (ENGLISH.has(word)) english += 1;
  }
  return english >= 2 && english > danish;
}

/** Everyday words that headings and shouts write in capitals beside a short word ("SE HER"). */
const SHOUTED = new Set(
  'HER NU OGSÅ MERE MEST HVAD HVOR HVORDAN DIG DU VI JEG OM PÅ TIL FOR MED FRA ALLE NYT NYE NY INFO LÆS KLIK DET DEN DER ER OG IKKE KUN'.split(' '),
);

/**
 * True when the abbreviation stands in a heading or a shout ("SE HER", "SE OGSÅ"): beside a word
 * in capitals, joined by spaces alone, that is long (over four letters) or an everyday word. A
 * list of acronyms is not a shout, known or not: "IPS, CTI og ACT", "CTI, XYZ og ÅD", "IPS/ACT".
 */
export function inCapitalsRun(text: string, start: number, end: number, abbreviations: ReadonlySet<string>): boolean {
  const before = /([\p{L}]+)([^\p{L}\n]{1,3})$/u.exec(text.slice(Math.max(0, start - 40), start));
  const after = /^([^\p{L}\n]{1,3})([\p{L}]+)/u.exec(text.slice(end, end + 40));
  const shouting = (word: string | undefined, between: string | undefined) =>
    word !== undefined &&
    between !== undefined &&
    /^[\s\u00a0]+$/u.test(between) &&
    word.length >= 2 &&
    !abbreviations.has(word) &&
    word === word.toUpperCase() &&
    word !== word.toLowerCase() &&
    (word.length > 4 || SHOUTED.has(word));
  return shouting(before?.[1], before?.[2]) || shouting(after?.[2], after?.[1]);
}

