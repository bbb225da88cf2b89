import { CATEGORIES, type Category } from './categories';
import type { GlossaryEntry } from './schema';

/**
 * What the content script needs to know of each entry to honour the settings (categories shown,
 * everyday words, abolished schemes): a few bytes an entry, bundled with the matcher.
 * `c` the category's index, `e` everyday, `a` the day the scheme was abolished.
 */
export interface EntryKind {
  c: number;
  e?: 1;
  a?: string;
}

export function toEntryKinds(glossary: readonly GlossaryEntry[]): Record<string, EntryKind> {
  const kinds: Record<string, EntryKind> = {};
  for (const entry of glossary) {
    kinds[entry.id] = {
      c: CATEGORIES.indexOf(entry.category),
      ...(entry.everyday ? { e: 1 as const } : {}),
      ...(entry.status?.state === 'abolished' ? { a: entry.status.since } : {}),
    };
  }
  return kinds;
}

export const categoryOf = (kind: EntryKind): Category | undefined => CATEGORIES[kind.c];
