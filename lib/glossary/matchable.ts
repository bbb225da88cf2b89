import type { GlossaryEntry } from './schema';

/** The fields the page matcher reads: what the content script carries onto every page. */
export type MatchableEntry = Pick<
  GlossaryEntry,
  'id' | 'term' | 'abbreviations' | 'aliases' | 'exactNames' | 'forms' | 'ambiguous'
> &
  Partial<Pick<GlossaryEntry, 'acts' | 'fieldOnly'>>;

export function toMatchable(entry: GlossaryEntry): MatchableEntry {
  const { id, term, abbreviations, aliases, exactNames, forms, ambiguous, acts, fieldOnly } = entry;
  return {
    id,
    term,
    abbreviations,
    aliases,
    exactNames,
    forms,
    ambiguous,
    ...(acts.length > 0 ? { acts } : {}),
    ...(fieldOnly ? { fieldOnly } : {}),
  };
}
