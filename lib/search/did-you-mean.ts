import type { GlossaryEntry } from '../glossary/schema';
import { foldAndStem, tokenize } from './analyse-danish';
import { prepareOver } from './prepared';

/**
 * "Mente du …": for a query that found nothing, the entries whose names are closest to it in
 * spelling — by the share of three-letter pieces the query and a name have in common (Dice's
 * coefficient), so that "fleksjop", "ledsagerordnig" and "hjælpemidlr" still lead somewhere.
 * Only names are compared: search words are never shown. The pieces are indexed once, so a
 * query costs only the names that share a piece with it.
 */

/** The three-letter pieces of a folded text, with a space at each end of each word. */
function trigrams(text: string): Set<string> {
  const grams = new Set<string>();
  for (const word of tokenize(text).map((token) => foldAndStem(token).folded)) {
    const padded = ` ${word} `;
    for (let at = 0; at + 3 <= padded.length; at++) grams.add(padded.slice(at, at + 3));
  }
  return grams;
}

interface NameGrams {
  /** Each piece → the names that hold it, by their place in `names`. */
  postings: Map<string, number[]>;
  names: { id: string; size: number }[];
}

function indexNames(indexed: NameGrams, entry: GlossaryEntry): void {
  for (const name of [entry.term, ...entry.abbreviations, ...entry.aliases, ...(entry.exactNames ?? [])]) {
    const grams = trigrams(name);
    const at = indexed.names.push({ id: entry.id, size: grams.size }) - 1;
    for (const gram of grams) {
      const list = indexed.postings.get(gram);
      if (list) list.push(at);
      else indexed.postings.set(gram, [at]);
    }
  }
}

/** The least likeness worth offering; below it "Mente du" would only guess. */
const LEAST = 0.3;

export interface ClosestNames {
  /** At most `count` entry ids, closest name first. */
  closest(query: string, count?: number): string[];
  /** Steps that index the names' pieces now rather than on the first query, one task each. */
  prepare(): (() => void)[];
}

/** The lookup over `entries`' names; their pieces are indexed on `prepare` or the first query. */
export function createClosestNames(entries: readonly GlossaryEntry[]): ClosestNames {
  const indexed = prepareOver<GlossaryEntry, NameGrams>(entries, () => ({ postings: new Map(), names: [] }), indexNames);
  const closest = (query: string, count = 3): string[] => {
    const wanted = trigrams(query);
    if (wanted.size === 0) return [];
    const { postings, names } = indexed.get();
    const shared = new Map<number, number>();
    for (const gram of wanted) for (const at of postings.get(gram) ?? []) shared.set(at, (shared.get(at) ?? 0) + 1);
    const best = new Map<string, number>();
    for (const [at, common] of shared) {
      const name = names[at]!;
      const likeness = (2 * common) / (wanted.size + name.size);
      if (likeness >= LEAST && likeness > (best.get(name.id) ?? 0)) best.set(name.id, likeness);
    }
    return [...best]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([id]) => id);
  };
  return { closest, prepare: () => indexed.steps() };
}
