import { createContext } from 'preact';
import { customEntries } from '../custom-glossary/store';
import type { ExtraEntry } from '../custom-glossary/extra-glossary';
import type { Origin } from '../custom-glossary/entry';
import type { UnusableEntry } from '../custom-glossary/stored-entries';
import { readExtraEntries } from '../policy/extra-entries';
import { watchManagedPolicy } from '../policy/managed-policy';
import { NO_POLICY, type ManagedPolicy } from '../policy/parse-policy';
import { createSearchIndexInSlices, type GlossarySearch, type SearchAct } from '../search/search-index';
import { nextTask } from '../tasks/slices';

/** The entries beside the built-in glossary, as the panel shows them. */
export interface PanelExtras {
  extras: ExtraEntry[];
  /** Entry id → whose it is, for the "Egen" / "Organisationens" marks. */
  origins: ReadonlyMap<string, Origin>;
  policy: ManagedPolicy;
  /** The ids an own entry may not take: the built-in (known from the start) and the organisation's (once read). */
  reserved: ReadonlySet<string>;
  /** Stored own entries the schema refuses today, with the reasons: used nowhere until fixed or deleted. */
  unusable: readonly UnusableEntry[];
  /** Search over the extra entries, once built (in slices, after the first render). */
  search?: GlossarySearch;
}

export const NO_EXTRAS: PanelExtras = { extras: [], origins: new Map(), policy: NO_POLICY, reserved: new Set(), unusable: [] };

export const PanelExtrasContext = createContext<PanelExtras>(NO_EXTRAS);

/**
 * Follows the organisation's and the caseworker's entries for the panel: `onUpdate` gets them at
 * once, and again with their search index when it is built. `acts` (the register) lets a § query
 * name an act in their index too. Returns the function that stops.
 */
export function watchPanelExtras(builtIn: ReadonlySet<string>, onUpdate: (extras: PanelExtras) => void, acts: readonly SearchAct[] = []): () => void {
  let generation = 0;
  const load = async () => {
    const mine = ++generation;
    const { extras, policy, unusable } = await readExtraEntries(builtIn, nextTask);
    if (mine !== generation) return;
    const reserved = new Set([...builtIn, ...policy.extraEntries.map((entry) => entry.id)]);
    const origins = new Map(extras.map(({ entry, origin }) => [entry.id, origin]));
    const state: PanelExtras = { extras, policy, reserved, unusable, origins };
    onUpdate(state);
    if (extras.length === 0) return;
    const search = await createSearchIndexInSlices(extras.map(({ entry }) => entry), acts);
    if (mine === generation) onUpdate({ ...state, search });
  };
  const reload = () => {
    load().catch((error: unknown) => {
      console.error('Metodelup: de ekstra opslag kunne ikke læses', error);
    });
  };
  reload();
  const stopEntries = customEntries.watch(reload);
  const stopPolicy = watchManagedPolicy(reload);
  return () => {
    stopEntries();
    stopPolicy();
  };
}
