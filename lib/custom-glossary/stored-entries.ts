import { forEachInSlices, type Pause } from '../tasks/slices';
import { checkEntry, type CustomEntry } from './entry';
import { keepApart } from './keep-apart';
import { OWN_PREFIX } from './preview';

/** A stored entry the schema refuses today: kept in storage (nothing is deleted unasked), used nowhere. */
export interface UnusableEntry {
  id: string;
  errors: string[];
  /** The stored value as it is: written back unchanged when the list is saved. */
  value: unknown;
}

const idOf = (value: unknown, index: number) =>
  value && typeof value === 'object' && 'id' in value && typeof value.id === 'string' ? value.id.slice(0, 100) : `opslag ${index + 1}`;

/**
 * The caseworker's stored entries, each checked again by the schema before anything compiles or
 * indexes them: an entry stored before the bounds (issue 23: a 300,000-character term stalled the
 * service worker at every start), or written by anything but this extension, is left out and
 * listed with the reason. Slices of 8 ms: 5,000 entries take 60–90 ms of checks in all. A former
 * category name comes back as its successor. Entries whose id is reserved (built in, the
 * organisation's) are kept apart as "egen-<id>", as the pages see them.
 */
export async function checkStoredEntries(
  stored: unknown,
  reserved: ReadonlySet<string>,
  pause: Pause,
): Promise<{ entries: CustomEntry[]; unusable: UnusableEntry[] }> {
  const entries: CustomEntry[] = [];
  const unusable: UnusableEntry[] = [];
  const list: readonly unknown[] = Array.isArray(stored) ? stored : [];
  await forEachInSlices(
    list,
    (value, index) => {
      const id = idOf(value, index);
      const checked = checkEntry(value, `Opslaget "${id}"`);
      if (checked.ok) entries.push(checked.entry);
      else unusable.push({ id, errors: checked.errors, value });
    },
    pause,
  );
  return { entries: keepApart(entries, reserved, OWN_PREFIX).entries, unusable };
}

/** The list to store: the usable entries (as checked: kept apart, in today's form) and the unusable ones as they were. */
export const toStore = (entries: readonly CustomEntry[], unusable: readonly UnusableEntry[]): CustomEntry[] => [
  ...entries,
  ...(unusable.map((item) => item.value) as CustomEntry[]),
];
