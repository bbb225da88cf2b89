import type { MatchableEntry } from '../glossary/matchable';
import { escapeRegex } from './text-patterns';

/** Another meaning of an abbreviation, compiled. */
export interface OtherMeaning {
  abbreviation: string;
  /** Lower-case words that, after "ABBR-", show the other meaning. */
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
      const meaning: OtherMeaning = {
        abbreviation,
        compounds: compounds.map((word) => word.toLowerCase()),
        definition: () => (definition ??= definitionPattern(abbreviation, expansions)),
      };
      byAbbreviation.set(abbreviation, [...(byAbbreviation.get(abbreviation) ?? []), meaning]);
    }
  }
  return byAbbreviation;
}

function definitionPattern(abbreviation: string, expansions: readonly string[]): RegExp {
  const abbr = escapeRegex(abbreviation);
  const longForms = expansions.map((expansion) => escapeRegex(expansion).replace(/\s+/g, '\\s+')).join('|');
  return longForms
    ? new RegExp(`(?:${longForms})\\s*\\(\\s*${abbr}\\s*\\)|${abbr}\\s*\\(\\s*(?:${longForms})\\s*\\)`, 'iu')
    : /(?!)/u;
}

/** The abbreviations that the page defines with another meaning ("Cyber Threat Intelligence (CTI)"). */
export function definedOtherwise(text: string, meanings: Map<string, OtherMeaning[]>): Set<string> {
  const found = new Set<string>();
  if (!text.includes('(')) return found;
  for (const [abbreviation, list] of meanings) {
    if (!text.includes(abbreviation)) continue;
    if (list.some((meaning) => meaning.definition().test(text))) found.add(abbreviation);
  }
  return found;
}

/** "SE-nummer", "IPS-skærm": the word joined by the hyphen shows the other meaning. */
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

/**
 * True when the abbreviation stands beside a word in capitals that is not itself an abbreviation
 * ("SE HER", "SE OGSÅ"): a heading or a shout, not the term. "IPS, CTI og ACT" is still a list.
 */
export function inCapitalsRun(text: string, start: number, end: number, abbreviations: ReadonlySet<string>): boolean {
  const before = /([\p{L}]+)[^\p{L}\n]{1,3}$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  const after = /^[^\p{L}\n]{1,3}([\p{L}]+)/u.exec(text.slice(end, end + 40))?.[1];
  const shouting = (word: string | undefined) =>
    word !== undefined &&
    word.length >= 2 &&
    !abbreviations.has(word) &&
    word === word.toUpperCase() &&
    word !== word.toLowerCase();
  return shouting(before) || shouting(after);
}

