import { dan as DANISH_STOP_WORDS } from 'stopword';
import type { CustomEntry } from './entry';

/**
 * Danish words too common to mark: the stop-word list of the `stopword` package (stopwords-iso's
 * Danish list: og, i, det, at, en, til, på …, 170 words), kept there, not here.
 */
const COMMON = new Set(DANISH_STOP_WORDS.map((word) => word.toLowerCase()));

const LETTERS = /\p{L}/gu;

/** Why a name should not be marked on pages without the caseworker's leave, or undefined. */
export function everydayReason(name: string): 'common' | 'short' | undefined {
  const plain = name.trim().toLowerCase();
  if (COMMON.has(plain)) return 'common';
  if ((plain.match(LETTERS)?.length ?? 0) < 3) return 'short';
  return undefined;
}

/**
 * The names of an entry that would mark everyday text: a common Danish word ("og", "det") or
 * fewer than three letters ("i", "a"), matched without regard to case. Abbreviations are not among
 * them: they are matched only as written ("IT", "SE"). Marked only with `markAnyway`.
 */
export function everydayNames(entry: Pick<CustomEntry, 'term' | 'aliases' | 'exactNames' | 'forms'>): string[] {
  const names = [entry.term, ...entry.aliases, ...(entry.exactNames ?? []), ...entry.forms];
  return [...new Set(names.filter((name) => everydayReason(name) !== undefined))];
}

/**
 * The entry as pages match it: without its everyday names unless the caseworker (or the
 * organisation) chose "markér alligevel". Searched in the panel either way. An entry whose term
 * is such a name keeps its other names; with none left it is matched by no name at all.
 */
export function withoutEverydayNames(entry: CustomEntry): CustomEntry {
  if (entry.markAnyway) return entry;
  const skipped = new Set(everydayNames(entry));
  if (skipped.size === 0) return entry;
  const keep = (names: readonly string[]) => names.filter((name) => !skipped.has(name));
  return {
    ...entry,
    // An empty name compiles to nothing (compileGlossary skips it).
    term: skipped.has(entry.term) ? '' : entry.term,
    aliases: keep(entry.aliases),
    forms: keep(entry.forms),
    ...(entry.exactNames ? { exactNames: keep(entry.exactNames) } : {}),
  };
}
