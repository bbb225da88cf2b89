import type { GlossaryEntry } from '../glossary/schema';
import { foldAndStem, tokenize } from './analyse-danish';
import { foldDanish } from './fold-danish';
import { prepareOver } from './prepared';

/**
 * Names as the reader types them: "fle" → Fleksjob, "personlig ass" → Personlig assistance,
 * "aaben og" → Åben og Rolig. An entry one of whose names begins with the query, word by word,
 * comes before entries that only mention the words; among such entries the entry's own name
 * before another name, then the one the glossary links to most (fleksjob before fleksydelse),
 * then the shorter name.
 */
export interface NamePrefixes {
  /** Entries one of whose names begins with the query's words, each with a score for their order. */
  begin(query: string): Map<string, number>;
  /** For a query of one or two letters: entries with a word of a name that begins with them. */
  anyWord(letters: string): Map<string, number>;
  /** Steps that gather and sort the names' words now rather than on the first query, one task each. */
  prepare(): (() => void)[];
}

interface NameWord {
  /** The folded word of a name by which the name is found. */
  word: string;
  id: string;
  name: string[];
  /** Where the word stands in the name. */
  place: number;
  order: number;
}

const words = (text: string) => tokenize(text).map((word) => foldAndStem(word).folded);

/** An entry's names, every word of each, as words to find them by. */
function addNameWords(all: NameWord[], entry: GlossaryEntry, prior: ReadonlyMap<string, number>): void {
  const weight = prior.get(entry.id) ?? 1;
  const own = 1 + entry.abbreviations.length;
  const names = [entry.term, ...entry.abbreviations, entry.englishTerm, ...entry.aliases, ...(entry.exactNames ?? [])];
  names.forEach((text, at) => {
    if (!text) return;
    const name = words(text);
    // The entry's own name (or abbreviation) over another name, then the links, then a shorter name.
    const order = (at < own ? 30 : 0) + weight * 100 - name.join(' ').length / 10;
    name.forEach((word, place) => all.push({ word, id: entry.id, name, place, order }));
  });
}

/** Sorted by word, so that a prefix is a range found by halving. */
const byWord = (all: NameWord[]) => all.sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));

/** The name words that begin with `prefix`. */
function* startingWith(sorted: readonly NameWord[], prefix: string): Generator<NameWord> {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle]?.word ?? '') < prefix) low = middle + 1;
    else high = middle;
  }
  for (let at = low; at < sorted.length && sorted[at]!.word.startsWith(prefix); at++) yield sorted[at]!;
}

export function createNamePrefixes(entries: readonly GlossaryEntry[], prior: ReadonlyMap<string, number>): NamePrefixes {
  const sorted = prepareOver<GlossaryEntry, NameWord[]>(entries, () => [], (all, entry) => addNameWords(all, entry, prior), byWord);
  const prepare = () => sorted.get();
  const keep = (found: Map<string, number>, id: string, order: number) => found.set(id, Math.max(found.get(id) ?? -Infinity, order));
  return {
    begin(query) {
      const wanted = words(query);
      const found = new Map<string, number>();
      if (!wanted[0]) return found;
      for (const { id, name, place, order } of startingWith(prepare(), wanted[0])) {
        if (place === 0 && name.length >= wanted.length && wanted.every((word, at) => name[at]?.startsWith(word))) keep(found, id, order);
      }
      return found;
    },
    anyWord(letters) {
      const found = new Map<string, number>();
      // A name's first word over a later one.
      for (const { id, place, order } of startingWith(prepare(), foldDanish(letters))) keep(found, id, order - (place > 0 ? 50 : 0));
      return found;
    },
    prepare: () => sorted.steps(),
  };
}
