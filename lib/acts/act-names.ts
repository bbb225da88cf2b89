import type { MatchableEntry } from '../glossary/matchable';

/**
 * An act named on a page ("serviceloven", "lov om aktiv socialpolitik", "LAB") is found by the
 * page matcher like a glossary term, under this prefix and the act's id: `lov:sel`. Glossary ids
 * cannot contain a colon, so the two never meet.
 */
export const ACT_PREFIX = 'lov:';

export const isActId = (entryId: string): boolean => entryId.startsWith(ACT_PREFIX);

/** The act's id in the register from a match's id (`lov:sel` → `sel`); undefined for a glossary entry. */
export const actOf = (entryId: string): string | undefined => (isActId(entryId) ? entryId.slice(ACT_PREFIX.length) : undefined);

/** What the register says of an act's names, as the matcher compiles it. */
export interface ActNames {
  id: string;
  title: string;
  names: readonly string[];
  abbreviations: readonly string[];
}

/** The acts as entries for the matcher: the title and the names in any case, the abbreviations as written. */
export function actsAsMatchable(acts: readonly ActNames[]): MatchableEntry[] {
  return acts.map((act) => ({
    id: `${ACT_PREFIX}${act.id}`,
    term: act.title,
    aliases: [...new Set(act.names.filter((name) => name.toLowerCase() !== act.title.toLowerCase()))],
    abbreviations: [...act.abbreviations],
    forms: [],
    ambiguous: [],
  }));
}
