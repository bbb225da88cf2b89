import { isActId, isReferenceId } from '../acts';

/**
 * Entry id → occurrences, for the badge and "På denne side": the glossary's entries only. Acts named
 * on the page and references to provisions are marked and carded, but they are not entries of the glossary.
 */
export function countTerms(...lists: readonly (readonly { entryId: string }[])[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const list of lists) {
    for (const { entryId } of list) if (!isActId(entryId) && !isReferenceId(entryId)) counts[entryId] = (counts[entryId] ?? 0) + 1;
  }
  return counts;
}
