import { useEffect, useState } from 'preact/hooks';
import type { CustomEntry } from '../custom-glossary/entry';
import { describeStorageError } from '../custom-glossary/room';
import { checkStoredEntries, toStore, type UnusableEntry } from '../custom-glossary/stored-entries';
import { customEntries, extrasProblem } from '../custom-glossary/store';
import { nextTask } from '../tasks/slices';

export interface OwnEntriesState {
  entries: CustomEntry[];
  unusable: UnusableEntry[];
}

/** The stored list, checked: what the panel shows, edits and imports into (see checkStoredEntries). */
export async function readOwnEntries(reserved: ReadonlySet<string>): Promise<OwnEntriesState> {
  return checkStoredEntries(await customEntries.getValue(), reserved, nextTask);
}

/**
 * Saves the caseworker's list in one write, the unusable entries kept as they were. A write the
 * browser refuses (no room) changes nothing — one key, written whole or not at all — and comes
 * back as the reason in Danish.
 */
export async function saveOwnEntries(entries: readonly CustomEntry[], unusable: readonly UnusableEntry[]): Promise<string | undefined> {
  try {
    await customEntries.setValue(toStore(entries, unusable));
    return undefined;
  } catch (error) {
    return describeStorageError(error);
  }
}

/** The own entries as the panel shows them, following every change, and the background's report on making them ready for pages. */
export function useOwnEntries(reserved: ReadonlySet<string>): { own: OwnEntriesState; problem: string | null } {
  const [own, setOwn] = useState<OwnEntriesState>({ entries: [], unusable: [] });
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let generation = 0;
    const load = () => {
      const mine = ++generation;
      void readOwnEntries(reserved).then((next) => {
        if (mine === generation) setOwn(next);
      });
    };
    load();
    void extrasProblem.getValue().then(setProblem);
    const stopEntries = customEntries.watch(load);
    const stopProblem = extrasProblem.watch(setProblem);
    return () => {
      stopEntries();
      stopProblem();
    };
  }, [reserved]);
  return { own, problem };
}
