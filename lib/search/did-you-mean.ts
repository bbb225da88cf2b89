import type { GlossaryEntry } from '../glossary/schema';
import { tokenize } from './analyse-danish';
import { foldDanish } from './fold-danish';

/**
 * "Mente du …": for a query that found nothing, the entries whose names are closest to it in
 * spelling — by the share of three-letter pieces the query and a name have in common (Dice's
 * coefficient), so that "fleksjop", "ledsagerordnig" and "hjælpemidlr" still lead somewhere.
 * Only names are compared: search words are never shown.
 */

type Grams = Set<string>;

/** The three-letter pieces of a folded text, with a space at each end of each word. */
function trigrams(text: string): Grams {
  const grams = new Set<string>();
  for (const word of tokenize(foldDanish(text))) {
    const padded = ` ${word} `;
    for (let at = 0; at + 3 <= padded.length; at++) grams.add(padded.slice(at, at + 3));
  }
  return grams;
}

function dice(a: Grams, b: Grams): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared++;
  return (2 * shared) / (a.size + b.size);
}

interface NamedEntry {
  id: string;
  names: Grams[];
}

const prepared = new WeakMap<readonly GlossaryEntry[], NamedEntry[]>();

function namesOf(entries: readonly GlossaryEntry[]): NamedEntry[] {
  let named = prepared.get(entries);
  if (!named) {
    named = entries.map((entry) => ({
      id: entry.id,
      names: [entry.term, ...entry.abbreviations, ...entry.aliases, ...(entry.exactNames ?? [])].map(trigrams),
    }));
    prepared.set(entries, named);
  }
  return named;
}

/** The least likeness worth offering; below it "Mente du" would only guess. */
const LEAST = 0.3;

/** At most `count` entry ids, closest name first. The names' pieces are made on the first call. */
export function closestNames(query: string, entries: readonly GlossaryEntry[], count = 3): string[] {
  const wanted = trigrams(query);
  if (wanted.size === 0) return [];
  const scored: { id: string; likeness: number }[] = [];
  for (const entry of namesOf(entries)) {
    let likeness = 0;
    for (const name of entry.names) likeness = Math.max(likeness, dice(wanted, name));
    if (likeness >= LEAST) scored.push({ id: entry.id, likeness });
  }
  return scored
    .sort((a, b) => b.likeness - a.likeness)
    .slice(0, count)
    .map((entry) => entry.id);
}
