import type { GlossaryEntry } from './schema';

/** The fields the page matcher reads: what the content script carries onto every page. */
export type MatchableEntry = Pick<
  GlossaryEntry,
  'id' | 'term' | 'englishTerm' | 'abbreviations' | 'aliases' | 'exactNames' | 'forms' | 'ambiguous'
>;

export function toMatchable(entry: GlossaryEntry): MatchableEntry {
  const { id, term, englishTerm, abbreviations, aliases, exactNames, forms, ambiguous } = entry;
  return { id, term, englishTerm, abbreviations, aliases, exactNames, forms, ambiguous };
}
