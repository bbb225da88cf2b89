import type { GlossaryEntry } from '../glossary/schema';
import { tokenize } from './analyse-danish';
import { foldDanish } from './fold-danish';

/**
 * Names as the reader types them: "fle" → Fleksjob, "personlig ass" → Personlig assistance,
 * "aaben og" → Åben og Rolig. An entry one of whose names begins with the query, word by word,
 * comes before entries that only mention the words; among such entries the one the glossary
 * links to most comes first (fleksjob before fleksydelse), then the shorter name.
 */
export interface NamePrefixes {
  /** Entries one of whose names begins with the query's words, each with a score for their order. */
  begin(query: string): Map<string, number>;
  /** For a query of one or two letters: entries with a word of a name that begins with them. */
  anyWord(letters: string): Map<string, number>;
}

const words = (text: string) => tokenize(text).map(foldDanish);

export function createNamePrefixes(entries: readonly GlossaryEntry[], prior: ReadonlyMap<string, number>): NamePrefixes {
  let named: { id: string; names: string[][]; own: number; weight: number }[] | undefined;
  const all = () =>
    (named ??= entries.map((entry) => ({
      id: entry.id,
      // The entry's own name first: "per" is Personlig assistance before the alias "personlig recovery".
      names: [entry.term, ...entry.abbreviations, entry.englishTerm, ...entry.aliases, ...(entry.exactNames ?? [])].flatMap((name) => (name ? [words(name)] : [])),
      own: 1 + entry.abbreviations.length,
      weight: prior.get(entry.id) ?? 1,
    })));
  // The order: the entry's own name (or abbreviation) over another name, then the glossary's links,
  // then a shorter name; for one or two letters, a name's first word over a later one.
  const order = (weight: number, name: readonly string[], own: boolean, later = false) =>
    (own ? 30 : 0) + weight * 100 - name.join(' ').length / 10 - (later ? 50 : 0);

  return {
    begin(query) {
      const wanted = words(query);
      const found = new Map<string, number>();
      if (wanted.length === 0) return found;
      for (const { id, names, own, weight } of all()) {
        names.forEach((name, at) => {
          if (name.length < wanted.length || !wanted.every((word, place) => name[place]?.startsWith(word))) return;
          found.set(id, Math.max(found.get(id) ?? -Infinity, order(weight, name, at < own)));
        });
      }
      return found;
    },
    anyWord(letters) {
      const wanted = foldDanish(letters);
      const found = new Map<string, number>();
      for (const { id, names, own, weight } of all()) {
        names.forEach((name, at) => {
          const place = name.findIndex((word) => word.startsWith(wanted));
          if (place >= 0) found.set(id, Math.max(found.get(id) ?? -Infinity, order(weight, name, at < own, place > 0)));
        });
      }
      return found;
    },
  };
}
