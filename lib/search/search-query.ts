import type { Query, SearchOptions } from 'minisearch';
import { analyseQuery, stemFolded } from './analyse-danish';
import type { Vocabulary } from './vocabulary';

/**
 * A query as MiniSearch runs it: one sub-query for each of the reader's words (folded, stemmed,
 * stop words left out), any of which may match, and for a compound the index does not hold, its
 * parts, weighted less. The plan keeps each word's terms, so that the ranking can tell an entry
 * that matches every word from one that matches some.
 */
export interface PlannedQuery {
  query: Query;
  /**
   * For each of the reader's words: its stem, the compounds of the index that end with it (and
   * the word it makes with the word before or after, typed apart), and the parts of a compound
   * the index does not hold.
   */
  words: { term: string; compounds: string[]; parts: string[] }[];
}

/**
 * Prefix search for the word being typed (the last), and for a word the index does not hold (a
 * shortening: "rehab", "fleks"), from its third letter, while it begins at
 * most `MAX_COMPLETIONS` words of the index ("arb" begins hundreds: one more letter narrows it;
 * a name that begins with the letters is found by its name anyway). A word the index does not
 * hold is taken for a slip of the keyboard and found one letter off from its fourth letter, two
 * from its tenth; a word the index holds is not (that would only add noise and time).
 */
const MAX_COMPLETIONS = 150;
const termOptions = (term: string, last: boolean, vocabulary: Vocabulary): SearchOptions => ({
  prefix: (last || !vocabulary.has(term)) && term.length >= 3 && vocabulary.prefixCount(term) <= MAX_COMPLETIONS,
  fuzzy: vocabulary.has(term) ? false : term.length >= 10 ? 2 : term.length >= 4 ? 1 : false,
});

/** A compound the word ends ("jobsamtale" for "samtale") counts less than the word itself. */
const COMPOUND_BOOST = 0.7;
/** Both parts of a compound count less than the word itself; the last part alone less again. */
const PARTS_BOOST = 0.6;
const LAST_PART_BOOST = 0.35;

/**
 * Two words typed apart that the glossary names as one ("ressource forløb", "rehabiliterings
 * team", "fleks job"): the joined word, where it is a word of the names and search words, counts
 * as either of them (each word is still searched on its own too).
 */
function joinedWords(words: readonly string[], vocabulary: Vocabulary): string[][] {
  const joined = words.map((): string[] => []);
  for (let at = 0; at + 1 < words.length; at++) {
    const whole = stemFolded(`${words[at]}${words[at + 1]}`);
    if (whole.length < 8 || !vocabulary.names(whole)) continue;
    joined[at]!.push(whole);
    joined[at + 1]!.push(whole);
  }
  return joined;
}

export function planQuery(text: string, vocabulary: Vocabulary): PlannedQuery {
  const { terms, words } = analyseQuery(text);
  const joined = joinedWords(words, vocabulary);
  const planned = terms.map((term, at) => ({ term, compounds: [...joined[at]!, ...vocabulary.compoundsEndingWith(term)], parts: vocabulary.compoundParts(words[at] ?? term, term) }));
  const queries: Query[] = planned.map(({ term, compounds, parts }, at) => {
    const alternatives: Query[] = [{ queries: [term], ...termOptions(term, at === planned.length - 1, vocabulary) }];
    if (compounds.length > 0) alternatives.push({ queries: compounds, prefix: false, fuzzy: false, boostTerm: () => COMPOUND_BOOST });
    const [head, tail] = parts;
    if (head && tail) alternatives.push({ queries: [head, tail], combineWith: 'AND', prefix: true, fuzzy: false, boostTerm: () => PARTS_BOOST });
    const last = tail ?? head;
    if (last) alternatives.push({ queries: [last], prefix: true, fuzzy: false, boostTerm: () => LAST_PART_BOOST });
    return { queries: alternatives, combineWith: 'OR' };
  });
  return { query: { queries, combineWith: 'OR' }, words: planned };
}

/**
 * How well an entry matched each of the reader's words: a word found as itself, or as the start
 * of a longer word, 1; found only by a spelling one or two letters off, or only through the
 * parts of a compound, a half; not found, 0. `queryTerms` are the query's terms MiniSearch
 * matched, `docTerms` the entry's words they matched.
 */
export function wordMatches(planned: PlannedQuery, queryTerms: readonly string[], match: Readonly<Record<string, readonly string[]>>): number[] {
  const docTerms = Object.keys(match);
  return planned.words.map(({ term, compounds, parts }) => {
    const itself = [term, ...compounds].filter((candidate) => queryTerms.includes(candidate));
    if (itself.length === 0) return parts.some((part) => queryTerms.includes(part)) ? 0.5 : 0;
    const own = docTerms.filter((word) => itself.some((candidate) => word.startsWith(candidate)));
    if (own.length === 0) return 0.5;
    return own.some((word) => match[word]?.some((field) => field !== 'description')) ? 1 : 0.75;
  });
}
