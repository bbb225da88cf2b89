import { storage } from 'wxt/utils/storage';
import type { CompiledGlossary } from '../matcher/compile-glossary';
import type { CustomEntry } from './entry';
import type { ExtraCard } from './extra-glossary';

/**
 * The caseworker's own entries. In `local`, not `sync`: 5,000 entries are far beyond sync's quota
 * (100 kB), and a municipality's list belongs to the machine it was imported on. Versioned, so that
 * a later format can migrate it. Read through checkStoredEntries (stored-entries.ts) wherever it is
 * used: what is stored may predate the schema's bounds.
 */
export const customEntries = storage.defineItem<CustomEntry[]>('local:customEntries', { fallback: [], version: 1 });

/**
 * What content scripts read on every page (one `storage.local.get`, no WXT code there): the built-in
 * glossary merged with the extra entries, compiled by the background. `stamp` is the built-in
 * glossary's (see glossaryStamp): a merge from before an update is not used.
 */
export const EXTRA_GLOSSARY_KEY = 'extraGlossary';
export interface StoredExtraGlossary {
  stamp: string;
  compiled: CompiledGlossary;
}

/** The extra entries' hover cards: read the first time a page shows a card. */
export const EXTRA_CARDS_KEY = 'extraCards';
export type StoredExtraCards = ExtraCard[];

/**
 * Why the extra entries could not be made ready for pages (a full disk, an error), in Danish; null
 * when the last attempt succeeded. Session storage: it has its own quota, so a full `local` area
 * cannot keep the report from the panel, and a browser restart tries again.
 */
export const extrasProblem = storage.defineItem<string | null>('session:extras-problem', { fallback: null });
