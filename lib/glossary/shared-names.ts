import type { GlossaryEntry } from './schema';

/**
 * For each entry that shares a name with others (one word, several acts' schemes: "Hjælpemidler" of
 * serviceloven and of the employment acts), the ids of those others: the card offers them and the
 * detail view links them, however the word was matched on the page.
 */
export function sharedNames(glossary: readonly Pick<GlossaryEntry, 'id' | 'term' | 'aliases' | 'exactNames'>[]): Map<string, string[]> {
  const owners = new Map<string, string[]>();
  for (const entry of glossary) {
    for (const name of new Set([entry.term, ...entry.aliases, ...(entry.exactNames ?? [])].map((n) => n.toLocaleLowerCase('da')))) {
      const list = owners.get(name) ?? [];
      list.push(entry.id);
      owners.set(name, list);
    }
  }
  const shared = new Map<string, string[]>();
  for (const ids of owners.values()) {
    if (ids.length < 2) continue;
    for (const id of ids) {
      const others = shared.get(id) ?? [];
      for (const other of ids) if (other !== id && !others.includes(other)) others.push(other);
      shared.set(id, others);
    }
  }
  return shared;
}
