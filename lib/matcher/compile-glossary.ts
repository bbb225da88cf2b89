import type { MatchableEntry } from '../glossary/matchable';
import { endsWithLetter } from './char-classes';
import { deriveForms } from './danish-forms';
import { foldGap, withoutSoftHyphens } from './text-patterns';

/** A last word shorter than this takes inflections only, no compound tail (keeps "jobbet", not "jobcenter"). */
const MIN_COMPOUND_HEAD = 5;

const WORD_IN_NAME = /[\p{L}\p{N}\u00ad]+/gu;

/**
 * A name split into words: plain data, so that the build does the slow part (see
 * {@link compileGlossary}) and the content script only reads it.
 */
export interface CompiledName {
  entryId: string;
  /** The name's words, lower case. */
  words: string[];
  /** What stands between word i and word i + 1, white space folded. */
  gaps: string[];
  /** False for an irregular form from `forms`: matched as written, never inflected. */
  inflect: boolean;
  length: number;
  /** What every accepted spelling of the last word starts with: checked before any string is made. */
  lastPrefix: string;
  /** Whether the last word may begin a compound ("fleksjobordningen"). */
  compound: boolean;
  /** For a name matched only as written ("Min Plan"): its words in their letter case. */
  cased?: string[];
  /**
   * Every entry that claims this very name (one word, several schemes: "hjælpemidler" of
   * serviceloven and of the employment acts), when there is more than one; the page's act chooses.
   */
  senses?: string[];
}

/** How an entry may be used on a page: the acts whose sense it has, and whether it is a word of the field only. */
export interface SenseInfo {
  acts?: string[];
  /** The name is also ordinary language: marked only on pages about the field. */
  field?: 1;
}

function splitName(name: string): { words: string[]; gaps: string[] } {
  const words: string[] = [];
  const gaps: string[] = [];
  let previousEnd = -1;
  for (const match of name.matchAll(WORD_IN_NAME)) {
    if (previousEnd >= 0) gaps.push(foldGap(name.slice(previousEnd, match.index)));
    words.push(withoutSoftHyphens(match[0]));
    previousEnd = match.index + match[0].length;
  }
  return { words, gaps };
}

function commonPrefix(words: Iterable<string>): string {
  let prefix: string | undefined;
  for (const word of words) {
    if (prefix === undefined) prefix = word;
    let length = 0;
    while (length < prefix.length && length < word.length && prefix[length] === word[length]) length += 1;
    prefix = prefix.slice(0, length);
  }
  return prefix ?? '';
}

/**
 * A leading article of a longer name is not looked for: "den kommunale ungeindsats" is found from
 * "kommunale", so that the sieve does not stop at every "den", "det" and "de" of a page.
 */
const ARTICLES = new Set(['den', 'det', 'de']);

function withoutArticle<T>(words: T[], gaps: string[], first: string | undefined): { words: T[]; gaps: string[] } {
  return first !== undefined && ARTICLES.has(first) && words.length >= 3 ? { words: words.slice(1), gaps: gaps.slice(1) } : { words, gaps };
}

function compileName(entryId: string, name: string, inflect: boolean, exact = false): CompiledName | undefined {
  const split = splitName(name.toLowerCase());
  const { words, gaps } = withoutArticle(split.words, split.gaps, split.words[0]);
  const last = words.at(-1);
  if (last === undefined) return undefined;
  // The rules inflect the last word as written in the name (for "peer-støtte": "støtte").
  const lastPrefix = inflect ? commonPrefix(deriveForms(last)) : last;
  const compound = inflect && !exact && last.length >= MIN_COMPOUND_HEAD && endsWithLetter(last);
  const compiled: CompiledName = { entryId, words, gaps, inflect, length: name.length, lastPrefix, compound };
  if (words !== split.words) compiled.length = words.join(' ').length;
  if (exact) compiled.cased = withoutArticle(splitName(name).words, [], split.words[0]).words;
  return compiled;
}

/** The glossary prepared for matching: what the build bundles into the content script. */
export interface CompiledGlossary {
  names: CompiledName[];
  abbreviations: { abbreviation: string; entryId: string }[];
  /** The `ambiguous` lists, for the rules that leave an abbreviation unmarked. */
  ambiguous: Pick<MatchableEntry, 'ambiguous'>[];
  /**
   * The matcher's first sieve, lower case, longest first: how a one-word name's word starts (its
   * inflections and compounds follow), and the whole words that begin longer names or are
   * abbreviations (nothing may follow those: "fast" begins a name, "fastsætter" begins none).
   */
  wordStarts: string[];
  wholeWords: string[];
  /**
   * The sieve's regex source for exactly these word starts and whole words (without soft hyphens),
   * made at build time for the built-in glossary: built on each page it cost several milliseconds
   * of every page load's cold start. A merge with other entries leaves it out.
   */
  sieve?: string;
  /** Entries with acts or marked as words of the field only, by id (see {@link SenseInfo}). */
  senses?: Record<string, SenseInfo>;
}

/** Does the slow part once, at build time: inflection, splitting names, the word-start pattern. */
export function compileGlossary(glossary: readonly MatchableEntry[]): CompiledGlossary {
  const names: CompiledName[] = [];
  for (const entry of glossary) {
    const exact = new Set(entry.exactNames ?? []);
    // The English term is a gloss for the reader ("Availability for work"), searched but not marked:
    // English names used in Danish texts ("Individual Placement and Support") are aliases.
    const written = [entry.term, ...entry.aliases].filter((name) => !!name && !exact.has(name));
    for (const name of new Set(written)) {
      const compiled = compileName(entry.id, name, true);
      if (compiled) names.push(compiled);
    }
    // Everyday phrases in lower case ("min plan"): the name only as written, inflected but no compounds.
    for (const name of exact) {
      const compiled = compileName(entry.id, name, true, true);
      if (compiled) names.push(compiled);
    }
    // Irregular forms ("hjælpemidlet") are names of their own, matched as written.
    for (const form of entry.forms) {
      const compiled = compileName(entry.id, form, false);
      if (compiled) names.push(compiled);
    }
  }
  names.sort((a, b) => b.length - a.length);
  markSharedNames(names);
  const senses: Record<string, SenseInfo> = {};
  for (const entry of glossary) {
    if (!entry.acts?.length && !entry.fieldOnly) continue;
    senses[entry.id] = { ...(entry.acts?.length ? { acts: entry.acts } : {}), ...(entry.fieldOnly ? { field: 1 as const } : {}) };
  }
  const abbreviations = glossary.flatMap((entry) => entry.abbreviations.map((abbreviation) => ({ abbreviation, entryId: entry.id })));
  // Where a word can begin a name: what all forms of a one-word name start with; the whole first
  // word of a longer name, and an abbreviation, as whole words.
  const longestFirst = (words: Iterable<string>) => [...new Set(words)].filter(Boolean).sort((a, b) => b.length - a.length);
  const starts = longestFirst(names.filter((name) => name.words.length === 1).map((name) => name.lastPrefix));
  // A start that begins with a shorter start adds nothing: the sieve reads the rest of the word
  // anyway ("ressourceforløbsydelse" after "ressourceforløb"), and the regex engine tries fewer
  // alternatives at each place in the text.
  const wordStarts = starts.filter((start) => !starts.some((shorter) => shorter.length < start.length && start.startsWith(shorter)));
  const wholeWords = longestFirst([
    ...names.filter((name) => name.words.length > 1).map((name) => name.words[0] ?? ''),
    ...abbreviations.map(({ abbreviation }) => abbreviation.toLowerCase()),
  ]).filter((word) => !wordStarts.some((start) => word.startsWith(start)));
  return {
    names,
    abbreviations,
    ambiguous: glossary.filter((entry) => entry.ambiguous.length > 0).map(({ ambiguous }) => ({ ambiguous })),
    wordStarts,
    wholeWords,
    ...(Object.keys(senses).length > 0 ? { senses } : {}),
  };
}

/** Gives the names that several entries claim, spelled alike, the list of those entries. */
function markSharedNames(names: CompiledName[]): void {
  const byKey = new Map<string, CompiledName[]>();
  for (const name of names) {
    const key = `${name.words.join(' ')}|${name.gaps.join('|')}|${name.inflect}|${name.cased?.join(' ') ?? ''}`;
    const list = byKey.get(key);
    if (list) list.push(name);
    else byKey.set(key, [name]);
  }
  for (const list of byKey.values()) {
    const ids = [...new Set(list.map((name) => name.entryId))];
    if (ids.length > 1) for (const name of list) name.senses = ids;
  }
}

