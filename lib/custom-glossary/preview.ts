import type { CustomEntry } from './entry';
import { keepApart } from './keep-apart';
import type { ParsedFile } from './parse-json';

/** How an imported id relates to what is there already. */
export interface Conflict {
  id: string;
  /** `built-in`: the bundled glossary (or the organisation's) has the id; the entry is kept under `renamedTo`. `own`: it replaces the caseworker's entry. */
  with: 'built-in' | 'own';
  renamedTo?: string;
}

/** What an import would do; nothing changes until {@link applyImport} runs on the user's confirmation. */
export interface ImportPreview {
  fatal?: string;
  added: CustomEntry[];
  changed: CustomEntry[];
  unchanged: CustomEntry[];
  invalid: ParsedFile['invalid'];
  conflicts: Conflict[];
}

/** The prefix that keeps a custom entry apart from a built-in one with the same id. */
export const OWN_PREFIX = 'egen-';

const same = (a: CustomEntry, b: CustomEntry) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Compares a read file with the entries there are. A custom entry never replaces a built-in one:
 * an imported id that is built in (or the organisation's) is kept under "egen-<id>"; an id that is
 * the caseworker's own entry replaces it ("changed"). Related ids that exist nowhere are dropped.
 */
export function previewImport(
  parsed: ParsedFile,
  reservedIds: ReadonlySet<string>,
  existing: readonly CustomEntry[],
): ImportPreview {
  const preview: ImportPreview = { added: [], changed: [], unchanged: [], invalid: parsed.invalid, conflicts: [] };
  if (parsed.fatal) return { ...preview, fatal: parsed.fatal };
  const current = new Map(existing.map((entry) => [entry.id, entry]));
  const kept = keepApart(parsed.entries, reservedIds, OWN_PREFIX);
  for (const { id, renamedTo } of kept.renamed) preview.conflicts.push({ id, with: 'built-in', renamedTo });
  const fileIds = new Set(kept.entries.map((entry) => entry.id));
  const known = (id: string) => reservedIds.has(id) || fileIds.has(id) || current.has(id);
  for (const original of kept.entries) {
    const entry = { ...original, related: original.related.filter((related) => related !== original.id && known(related)) };
    const id = entry.id;
    const before = current.get(id);
    if (!before) preview.added.push(entry);
    else if (same(before, entry)) preview.unchanged.push(entry);
    else {
      preview.changed.push(entry);
      preview.conflicts.push({ id, with: 'own' });
    }
  }
  return preview;
}

/** The caseworker's entries after a confirmed import: changed ones in place, new ones after. */
export function applyImport(existing: readonly CustomEntry[], preview: ImportPreview): CustomEntry[] {
  if (preview.fatal) return [...existing];
  const changed = new Map(preview.changed.map((entry) => [entry.id, entry]));
  return [...existing.map((entry) => changed.get(entry.id) ?? entry), ...preview.added];
}
