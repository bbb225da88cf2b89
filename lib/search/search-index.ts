import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import type { GlossaryEntry } from '../glossary/schema';
import { foldDanish } from './fold-danish';

/** The fields searched, most telling first; the boosts below follow the same order. */
const FIELDS = ['term', 'abbreviations', 'aliases', 'englishTerm', 'summary', 'description'] as const;

/** Splits on anything that is not a letter or digit, in any script (æ, ø, å are letters). */
const TOKEN_SEPARATOR = /[^\p{L}\p{N}]+/u;

/**
 * Options shared by the index and every search over it. Abbreviations are matched as words here
 * (a search for "ips" should find IPS); only the page matcher is case-sensitive.
 */
export const searchIndexOptions: Options<GlossaryEntry> = {
  fields: [...FIELDS],
  storeFields: ['id'],
  tokenize: (text) => text.split(TOKEN_SEPARATOR).filter(Boolean),
  processTerm: (term) => foldDanish(term),
  extractField: (entry, field) => {
    const value: unknown = entry[field as keyof GlossaryEntry];
    if (typeof value === 'string') return value;
    return Array.isArray(value) ? value.filter((item) => typeof item === 'string').join(' ') : '';
  },
  searchOptions: {
    boost: { term: 5, abbreviations: 5, aliases: 3, englishTerm: 3, summary: 1.2, description: 0.6 },
    prefix: true,
    // Fuzzy only from the fourth letter: short queries are abbreviations or the start of a word.
    fuzzy: (term) => (term.length >= 4 ? 0.2 : false),
    combineWith: 'AND',
  },
};

export function createSearchIndex(glossary: readonly GlossaryEntry[]): MiniSearch<GlossaryEntry> {
  const index = new MiniSearch<GlossaryEntry>(searchIndexOptions);
  index.addAll(glossary);
  return index;
}

export type { SearchResult };
