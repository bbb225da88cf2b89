import { compactEntry, type CustomEntry } from './entry';
import { everydayNames } from './everyday-names';
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
  /**
   * Entries to import with names that are everyday words or shorter than three letters, not yet
   * allowed to be marked: imported and searched, but those names are marked only with the
   * caseworker's "markér alligevel" (or an abbreviation, matched as written).
   */
  everyday: { id: string; term: string; names: string[] }[];
}

/** The prefix that keeps a custom entry apart from a built-in one with the same id. */
export const OWN_PREFIX = 'egen-';

/** An entry's content without regard to the order of its keys or lists left empty: what "unchanged" compares. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(
      ([, item]) => item !== undefined && item !== '' && !(Array.isArray(item) && item.length === 0),
    );
    return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, item]) => [key, canonical(item)]));
  }
  return value;
}

export const sameEntry = (a: CustomEntry, b: CustomEntry) =>
  JSON.stringify(canonical(compactEntry(a))) === JSON.stringify(canonical(compactEntry(b)));

/**
 * A CSV row holds only the CSV's columns: an entry's other fields (forms, exact names, acts …, from
 * a JSON import) are kept as they were, not emptied by a spreadsheet that never had them.
 */
function withFieldsTheFileLacks(entry: CustomEntry, before: CustomEntry, fields: readonly string[] | undefined): CustomEntry {
  if (!fields) return entry;
  const kept = Object.entries(before).filter(([key]) => !fields.includes(key));
  return { ...entry, ...Object.fromEntries(kept) };
}

/**
 * Compares a read file with the entries there are. A custom entry never replaces a built-in one:
 * an imported id that is built in (or the organisation's) is kept under "egen-<id>"; an id that is
 * the caseworker's own entry replaces it ("changed"), unless its content is the same whatever the
 * order of its fields ("unchanged": re-importing an export changes nothing). Related ids that
 * exist nowhere are dropped. `existing` is the stored list as pages see it (kept apart already).
 */
export function previewImport(
  parsed: ParsedFile,
  reservedIds: ReadonlySet<string>,
  existing: readonly CustomEntry[],
): ImportPreview {
  const preview: ImportPreview = { added: [], changed: [], unchanged: [], invalid: parsed.invalid, conflicts: [], everyday: [] };
  if (parsed.fatal) return { ...preview, fatal: parsed.fatal };
  const current = new Map(existing.map((entry) => [entry.id, entry]));
  const kept = keepApart(parsed.entries, reservedIds, OWN_PREFIX);
  for (const { id, renamedTo } of kept.renamed) preview.conflicts.push({ id, with: 'built-in', renamedTo });
  const fileIds = new Set(kept.entries.map((entry) => entry.id));
  const known = (id: string) => reservedIds.has(id) || fileIds.has(id) || current.has(id);
  for (const original of kept.entries) {
    const read = { ...original, related: original.related.filter((related) => related !== original.id && known(related)) };
    const id = read.id;
    const before = current.get(id);
    const entry = before ? withFieldsTheFileLacks(read, before, parsed.fields) : read;
    if (!before) preview.added.push(entry);
    else if (sameEntry(before, entry)) {
      preview.unchanged.push(entry);
      continue;
    } else {
      preview.changed.push(entry);
      preview.conflicts.push({ id, with: 'own' });
    }
    const names = entry.markAnyway ? [] : everydayNames(entry);
    if (names.length > 0) preview.everyday.push({ id, term: entry.term, names });
  }
  return preview;
}

/**
 * The caseworker's entries after a confirmed import: changed ones in place, new ones after; the
 * entries in `markAnyway` are marked with their everyday names too.
 */
export function applyImport(existing: readonly CustomEntry[], preview: ImportPreview, markAnyway: ReadonlySet<string> = new Set()): CustomEntry[] {
  if (preview.fatal) return [...existing];
  const allow = (entry: CustomEntry): CustomEntry => (markAnyway.has(entry.id) ? { ...entry, markAnyway: true } : entry);
  const changed = new Map(preview.changed.map((entry) => [entry.id, allow(entry)]));
  return [...existing.map((entry) => changed.get(entry.id) ?? entry), ...preview.added.map(allow)];
}
