import { stemmer } from '@orama/stemmers/danish';
import { stopwords } from '@orama/stopwords/danish';
import { foldDanish } from './fold-danish';

/**
 * Danish analysis for the side panel's search, the same for the index and the query: words are
 * folded (`foldDanish`: lower case, å/aa, æ/ae, ø/oe, accents) and then reduced by Snowball's Danish
 * stemmer (`@orama/stemmers`, generated from the Snowball sources), so that "hjælpemidlerne",
 * "hjælpemidler" and "hjaelpemidler" meet. Folding first keeps "åben" and "aaben" together. Pure:
 * nothing here touches the DOM or the browser.
 */

/** Splits on anything that is not a letter or digit, in any script (æ, ø, å are letters). */
const TOKEN_SEPARATOR = /[^\p{L}\p{N}]+/u;

export const tokenize = (text: string): string[] => text.split(TOKEN_SEPARATOR).filter(Boolean);

/**
 * Words a question is made of that name nothing: Snowball's Danish stop-word list
 * (`@orama/stopwords`, function words only), and the question words and modal verbs a caseworker
 * types around a description ("hvordan", "hvornår", "kan", "få"). Numbers, "over", "under", "selv"
 * and "ny" stay searchable here even where other lists drop them: "over 30", "sige op selv" and
 * "ny dagpengeret" are distinctions of the field.
 */
const QUESTION_WORDS = ['hvordan', 'hvornår', 'hvorfor', 'hvem', 'hvilken', 'hvilke', 'hvilket', 'kan', 'få', 'får', 'fik', 'må', 'bør', 'mon', 'ved', 'hos'];
const KEPT = new Set(['over', 'under', 'selv', 'op', 'ud']);

let stopWords: Set<string> | undefined;

/** The stop words, folded like the words they are compared with (made on first use). */
function stopWordSet(): Set<string> {
  stopWords ??= new Set([...stopwords, ...QUESTION_WORDS].filter((word) => !KEPT.has(word)).map(foldDanish));
  return stopWords;
}

/** Whether a folded word is a stop word. */
export const isStopWord = (folded: string): boolean => stopWordSet().has(folded);

/** Digits are never stemmed ("225", "56"); nor are words of three letters or fewer ("ips", "job"). */
const stemmable = (folded: string) => folded.length > 3 && !/\d/.test(folded);

/** A folded word reduced to its Snowball stem. */
export const stemFolded = (folded: string): string => (stemmable(folded) ? stemmer(folded) : folded);

/**
 * Each word's folded form and stem, remembered: a glossary of 5,000 own entries repeats a few
 * thousand words a hundred thousand times, and folding is the costly part (Unicode
 * normalisation). Cleared when it grows past a size no glossary reaches.
 */
const analysed = new Map<string, { folded: string; stem: string }>();

/** A word folded and stemmed, from memory where it was seen before. */
export function foldAndStem(word: string): { folded: string; stem: string } {
  let known = analysed.get(word);
  if (!known) {
    if (analysed.size > 200_000) analysed.clear();
    const folded = foldDanish(word);
    known = { folded, stem: stemFolded(folded) };
    analysed.set(word, known);
  }
  return known;
}

/** A word as the index stores it and a query looks it up: folded, then stemmed. */
export const analyseWord = (word: string): string => foldAndStem(word).stem;

export interface AnalysedQuery {
  /** The query's words, folded and stemmed, stop words left out (unless nothing else is left). */
  terms: string[];
  /** The folded words the terms came from, in the same order. */
  words: string[];
}

/**
 * The words of a query as the index knows them. Stop words go, unless the query is nothing but
 * stop words ("hvor", "at"): then they are what the reader looks for.
 */
export function analyseQuery(query: string): AnalysedQuery {
  const folded = tokenize(query).map(foldDanish);
  const content = folded.filter((word) => !isStopWord(word));
  const words = content.length > 0 ? content : folded;
  return { words, terms: words.map(stemFolded) };
}
