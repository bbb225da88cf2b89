import { toCardData, type CardData } from '../glossary/card-data';
import { toMatchable, type MatchableEntry } from '../glossary/matchable';
import { forEachInSlices, type Pause } from '../tasks/slices';
import { compileGlossary, type CompiledGlossary } from '../matcher/compile-glossary';
import type { CustomEntry, Origin } from './entry';
import { withoutEverydayNames } from './everyday-names';

/** A custom entry's hover card: the built-in card's fields and whose entry it is. */
export interface ExtraCard extends CardData {
  origin: Origin;
}

/** An entry that is not built in, with its origin. */
export interface ExtraEntry {
  entry: CustomEntry;
  origin: Origin;
}

const longestFirst = (words: Iterable<string>) => [...new Set(words)].filter(Boolean).sort((a, b) => b.length - a.length);

/** Whether a proper prefix of `word` is in `set` (in time linear in the word, not in the set). */
function hasPrefixIn(word: string, set: ReadonlySet<string>, proper: boolean): boolean {
  const end = proper ? word.length - 1 : word.length;
  for (let length = 1; length <= end; length += 1) if (set.has(word.slice(0, length))) return true;
  return false;
}

/**
 * Two compiled glossaries as one, as if compiled together; `first` wins every tie. A name both
 * claim is matched for `first`'s entry (names are kept longest first, `first`'s before the other's
 * of the same length), and so is an abbreviation both claim: the built-in glossary goes first, so
 * a custom entry never takes over a built-in term on a page.
 */
export function mergeCompiled(first: CompiledGlossary, second: CompiledGlossary): CompiledGlossary {
  const names = [...first.names, ...second.names].sort((a, b) => b.length - a.length);
  const claimed = new Set(first.abbreviations.map(({ abbreviation }) => abbreviation));
  const abbreviations = [...first.abbreviations, ...second.abbreviations.filter(({ abbreviation }) => !claimed.has(abbreviation))];
  const starts = longestFirst([...first.wordStarts, ...second.wordStarts]);
  const startSet = new Set(starts);
  const wordStarts = starts.filter((start) => !hasPrefixIn(start, startSet, true));
  const kept = new Set(wordStarts);
  const wholeWords = longestFirst([...first.wholeWords, ...second.wholeWords]).filter((word) => !hasPrefixIn(word, kept, false));
  const senses = first.senses || second.senses ? { ...second.senses, ...first.senses } : undefined;
  return { names, abbreviations, ambiguous: [...first.ambiguous, ...second.ambiguous], wordStarts, wholeWords, ...(senses ? { senses } : {}) };
}

const EMPTY: CompiledGlossary = { names: [], abbreviations: [], ambiguous: [], wordStarts: [], wholeWords: [] };

/**
 * Names compiled at a time: the sieve's prefix test grows with the square of a batch, so a batch is
 * counted in names (each at most 120 characters, lib/glossary/limits.ts), not in entries.
 */
const NAMES_PER_BATCH = 150;

const nameCount = (entry: CustomEntry) =>
  1 + entry.aliases.length + entry.abbreviations.length + (entry.exactNames?.length ?? 0) + entry.forms.length;

/**
 * Compiles the extra entries (the organisation's first, then the caseworker's) with the build's
 * own functions, a batch of names at a time with `pause` after each, so that 5,000 entries never
 * hold the thread 50 ms: the service worker keeps answering. Returns what content scripts need: the
 * built-in glossary merged with them, and their cards. The entries have passed the schema, so that
 * no name is longer than the bound. Names that are everyday words are left out unless the entry
 * says `markAnyway` (everyday-names.ts).
 */
export async function compileExtras(
  base: CompiledGlossary,
  extras: readonly ExtraEntry[],
  pause: Pause = () => Promise.resolve(),
): Promise<{ compiled: CompiledGlossary; cards: ExtraCard[] }> {
  let compiled = EMPTY;
  let batch: MatchableEntry[] = [];
  let names = 0;
  for (const { entry } of extras) {
    batch.push(toMatchable(withoutEverydayNames(entry)));
    names += nameCount(entry);
    if (names < NAMES_PER_BATCH) continue;
    compiled = mergeCompiled(compiled, compileGlossary(batch));
    batch = [];
    names = 0;
    await pause();
  }
  if (batch.length > 0) compiled = mergeCompiled(compiled, compileGlossary(batch));
  await pause();
  const cards: ExtraCard[] = [];
  await forEachInSlices(extras, ({ entry, origin }) => cards.push({ ...toCardData(entry), origin }), pause);
  return { compiled: extras.length > 0 ? mergeCompiled(base, compiled) : base, cards };
}

/**
 * Tells a stored merge made from this build's glossary from one made before an update. "b1": made
 * from entries held to the schema's bounds (issue 23); a merge from before them is not used.
 */
export function glossaryStamp(base: CompiledGlossary): string {
  return `b1:${base.names.length}:${base.abbreviations.length}:${base.wordStarts.join('|').length}:${base.wholeWords.length}`;
}
