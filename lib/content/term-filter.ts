import { isReferenceId } from '../acts';
import type { EntryKind } from '../glossary/entry-kinds';
import { CATEGORIES } from '../glossary/categories';
import type { Settings } from '../settings/defaults';

/** Which found terms are marked: the settings' "what" and "how much". */
export interface TermFilter {
  accepts(entryId: string): boolean;
  /** Only the first occurrence of each entry on the page (references: every one). */
  firstOnly: boolean;
}

/**
 * The filter for a set of settings on a given day (YYYY-MM-DD): hidden categories, everyday words,
 * known entries and abolished schemes are not marked. Entries the content script has no kind for
 * (an organisation's or the caseworker's own) are marked unless known; references to provisions
 * as `showReferences` says. No filter at all when the settings mark everything.
 */
export function termFilter(
  settings: Pick<Settings, 'hiddenCategories' | 'hideEveryday' | 'knownEntries' | 'showHistorical' | 'occurrences' | 'showReferences'>,
  kinds: Readonly<Record<string, EntryKind>>,
  today: string,
): TermFilter | undefined {
  // The defaults mark everything: no filter, so the painter never walks the terms to check them.
  const everything =
    settings.hiddenCategories.length === 0 &&
    !settings.hideEveryday &&
    settings.knownEntries.length === 0 &&
    settings.showHistorical &&
    settings.occurrences === 'all' &&
    settings.showReferences;
  if (everything) return undefined;
  const hidden = new Set(settings.hiddenCategories.map((category) => CATEGORIES.indexOf(category)));
  const known = new Set(settings.knownEntries);
  return {
    accepts(entryId) {
      if (isReferenceId(entryId)) return settings.showReferences;
      if (known.has(entryId)) return false;
      const kind = kinds[entryId];
      if (!kind) return true;
      if (hidden.has(kind.c)) return false;
      if (settings.hideEveryday && kind.e) return false;
      return settings.showHistorical || kind.a === undefined || kind.a > today;
    },
    firstOnly: settings.occurrences === 'first',
  };
}
