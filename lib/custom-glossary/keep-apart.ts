import type { CustomEntry } from './entry';

/**
 * Gives an entry whose id is reserved (built in) an id of its own, "<prefix><id>" (then
 * "<prefix><id>-2", …): a custom entry never replaces a built-in one. Related ids follow the rename.
 */
export function keepApart(
  entries: readonly CustomEntry[],
  reserved: ReadonlySet<string>,
  prefix: string,
): { entries: CustomEntry[]; renamed: { id: string; renamedTo: string }[] } {
  const taken = new Set([...reserved, ...entries.map((entry) => entry.id)]);
  const renames = new Map<string, string>();
  for (const entry of entries) {
    if (!reserved.has(entry.id)) continue;
    let id = `${prefix}${entry.id}`;
    for (let n = 2; taken.has(id); n += 1) id = `${prefix}${entry.id}-${n}`;
    taken.add(id);
    renames.set(entry.id, id);
  }
  if (renames.size === 0) return { entries: [...entries], renamed: [] };
  return {
    entries: entries.map((entry) => ({
      ...entry,
      id: renames.get(entry.id) ?? entry.id,
      related: entry.related.map((related) => renames.get(related) ?? related),
    })),
    renamed: [...renames].map(([id, renamedTo]) => ({ id, renamedTo })),
  };
}
