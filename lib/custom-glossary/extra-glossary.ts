import { toCardData, type CardData } from '../glossary/card-data';
import { toMatchable } from '../glossary/matchable';
import { compileGlossary, type CompiledGlossary } from '../matcher/compile-glossary';
import type { CustomEntry, Origin } from './entry';

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

/** Entries compiled a few hundred at a time (the sieve's prefix test grows with the square of a batch). */
const BATCH = 200;

/**
 * Compiles the extra entries (the organisation's first, then the caseworker's) with the build's
 * own functions, in batches with `pause` between them, so that 5,000 entries never hold the
 * thread 50 ms. Returns what content scripts need: the built-in glossary merged with them, and
 * their cards.
 */
export async function compileExtras(
  base: CompiledGlossary,
  extras: readonly ExtraEntry[],
  pause: () => Promise<void> = () => Promise.resolve(),
): Promise<{ compiled: CompiledGlossary; cards: ExtraCard[] }> {
  let compiled = EMPTY;
  for (let start = 0; start < extras.length; start += BATCH) {
    const batch = extras.slice(start, start + BATCH).map(({ entry }) => toMatchable(entry));
    compiled = mergeCompiled(compiled, compileGlossary(batch));
    await pause();
  }
  const cards = extras.map(({ entry, origin }) => ({ ...toCardData(entry), origin }));
  return { compiled: extras.length > 0 ? mergeCompiled(base, compiled) : base, cards };
}

/** Tells a stored merge made from this build's glossary from one made before an update. */
export function glossaryStamp(base: CompiledGlossary): string {
  return `${base.names.length}:${base.abbreviations.length}:${base.wordStarts.join('|').length}:${base.wholeWords.length}`;
}
