import { storage } from 'wxt/utils/storage';
import type { PageAct, PageState } from './messages';

/** Term counts of one tab, kept per frame so that a frame that rescans replaces only its own. */
export interface TabTerms {
  frames: Record<string, Record<string, number>>;
  /** Why the page (its top frame) marks nothing, when it does not. */
  state?: PageState;
  /** The act the page (its top frame) holds. */
  act?: PageAct;
}

/**
 * Found terms by tab id, in session storage: the service worker may sleep between a page's scan
 * and the moment the user opens the panel, and nothing here should outlive the browser session.
 */
export const pageTerms = storage.defineItem<Record<string, TabTerms>>('session:page-terms', {
  fallback: {},
});

/** Sums a tab's frames into one count per entry id. */
export function totalCounts(tab: TabTerms | undefined): Record<string, number> {
  const total: Record<string, number> = {};
  for (const counts of Object.values(tab?.frames ?? {})) {
    for (const [id, count] of Object.entries(counts)) total[id] = (total[id] ?? 0) + count;
  }
  return total;
}
