import MiniSearch, { type Options } from 'minisearch';
import type { GlossaryEntry } from '../glossary/schema';
import { foldDanish } from './fold-danish';

/** The fields searched, most telling first; the boosts below follow the same order. */
const FIELDS = ['term', 'abbreviations', 'aliases', 'exactNames', 'englishTerm', 'summary', 'description'] as const;

/** Splits on anything that is not a letter or digit, in any script (æ, ø, å are letters). */
const TOKEN_SEPARATOR = /[^\p{L}\p{N}]+/u;

const tokenize = (text: string) => text.split(TOKEN_SEPARATOR).filter(Boolean);

/**
 * Options shared by the index and every search over it. Abbreviations are matched as words here
 * (a search for "ips" should find IPS); only the page matcher is case-sensitive.
 */
export const searchIndexOptions: Options<GlossaryEntry> = {
  fields: [...FIELDS],
  storeFields: ['id'],
  tokenize,
  processTerm: (term) => foldDanish(term),
  extractField: (entry, field) => {
    const value: unknown = entry[field as keyof GlossaryEntry];
    if (typeof value === 'string') return value;
    return Array.isArray(value) ? value.filter((item) => typeof item === 'string').join(' ') : '';
  },
  searchOptions: {
    boost: { term: 5, abbreviations: 5, aliases: 3, exactNames: 3, englishTerm: 3, summary: 1.2, description: 0.6 },
    prefix: true,
    // Fuzzy only from the fourth letter: short queries are abbreviations or the start of a word.
    fuzzy: (term) => (term.length >= 4 ? 0.2 : false),
    combineWith: 'AND',
  },
};

/** A name folded the way the index folds words, so "Place and train" and "place-and-train" meet. */
const nameKey = (name: string) => tokenize(name).map(foldDanish).join(' ');

export interface GlossarySearch {
  /** Entry ids, best first. A query that is exactly one entry's name puts that entry first. */
  search(query: string): string[];
  /** The entry the query names exactly, if any. */
  exact?(query: string): string | undefined;
}

/** The index as the build serialises it, so that the panel loads it instead of building it. */
export function serialisedSearchIndex(glossary: readonly GlossaryEntry[]): string {
  const index = new MiniSearch<GlossaryEntry>(searchIndexOptions);
  index.addAll(glossary);
  return JSON.stringify(index);
}

/**
 * Search over the glossary. With `serialised` (from the build) the index is loaded, not built:
 * the panel shows its first results sooner.
 */
export function createSearchIndex(glossary: readonly GlossaryEntry[], serialised?: string): GlossarySearch {
  const index = serialised
    ? MiniSearch.loadJSON<GlossaryEntry>(serialised, searchIndexOptions)
    : new MiniSearch<GlossaryEntry>(searchIndexOptions);
  if (!serialised) index.addAll(glossary);
  return searchOver(index, glossary);
}

function searchOver(index: MiniSearch<GlossaryEntry>, glossary: readonly GlossaryEntry[]): GlossarySearch {
  // Word order matters for names the bag of words cannot tell apart (place and train, train and place).
  const exactNames = new Map<string, string>();
  for (const entry of glossary) {
    const names = [entry.term, entry.englishTerm, ...entry.abbreviations, ...entry.aliases, ...(entry.exactNames ?? []), ...entry.forms];
    for (const name of names) if (name && !exactNames.has(nameKey(name))) exactNames.set(nameKey(name), entry.id);
  }
  return {
    search(query) {
      const ids = index.search(query).map((result) => String(result.id));
      const exact = exactNames.get(nameKey(query));
      return exact ? [exact, ...ids.filter((id) => id !== exact)] : ids;
    },
    exact: (query) => exactNames.get(nameKey(query)),
  };
}

/**
 * The index of entries added at run time (the organisation's, the caseworker's own), built a
 * hundred entries at a time so that 5,000 of them never hold the panel 50 ms.
 */
export async function createSearchIndexInSlices(entries: readonly GlossaryEntry[]): Promise<GlossarySearch> {
  const index = new MiniSearch<GlossaryEntry>(searchIndexOptions);
  await index.addAllAsync(entries, { chunkSize: 100 });
  return searchOver(index, entries);
}

/** Both searches as one: an exact name first (`first`'s before `second`'s), then `first`'s results, then `second`'s. */
export function combineSearches(first: GlossarySearch, second: GlossarySearch): GlossarySearch {
  const exact = (query: string) => first.exact?.(query) ?? second.exact?.(query);
  return {
    search(query) {
      const named = exact(query);
      const ids = [...first.search(query), ...second.search(query)];
      return [...new Set(named ? [named, ...ids] : ids)];
    },
    exact,
  };
}
