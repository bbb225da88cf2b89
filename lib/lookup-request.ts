import { storage } from 'wxt/utils/storage';

/** A search the user asked for outside the panel (context menu, later the hover card). */
export interface LookupRequest {
  query: string;
  /** Makes a repeated lookup of the same words a change the panel sees. */
  requestedAt: number;
}

/**
 * Session storage, not a message: the panel may not be open yet when the request is made, and it
 * reads the request when it starts as well as when it changes.
 */
export const lookupRequest = storage.defineItem<LookupRequest | null>('session:lookup-request', {
  fallback: null,
});

/** Longest selection we search for; a whole paragraph selected by mistake is cut, not refused. */
export const MAX_LOOKUP_LENGTH = 100;

export function normaliseSelection(selection: string): string {
  return selection.replace(/\s+/gu, ' ').trim().slice(0, MAX_LOOKUP_LENGTH).trim();
}

/** An entry to show in the panel's detail view (the hover card's "Læs mere"). */
export interface EntryRequest {
  entryId: string;
  requestedAt: number;
}

export const entryRequest = storage.defineItem<EntryRequest | null>('session:entry-request', { fallback: null });
