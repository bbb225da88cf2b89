import { browser } from 'wxt/browser';
import { toCardData } from '../glossary/card-data';
import { danishNumber } from '../glossary/limits';
import type { CustomEntry } from './entry';

/**
 * How much of the machine Metodelup's `storage.local` may fill: the own entries, the organisation's,
 * and what the background makes of them for pages (their names, their cards). The extension holds
 * the `unlimitedStorage` permission (README, privacy), so that the browser's 10 MB ceiling — which
 * 12,000 ordinary rows passed — no longer decides; this budget does, and the caseworker sees it. 5,000
 * ordinary entries take about 4.3 MB of it.
 */
export const STORAGE_BUDGET = 100_000_000;

/** Own entries at most: four times the 5,000 the extension is measured with (pages read every name). */
export const MAX_OWN_ENTRIES = 20_000;

/** A larger file is not read at all: far beyond what the budget could take. */
export const MAX_FILE_BYTES = 50_000_000;

/** The size of a text as UTF-8, as the browser stores it. */
export function utf8Bytes(text: string): number {
  let bytes = text.length;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 0x800 && (code < 0xd800 || code > 0xdfff)) bytes += 2;
    else if (code >= 0x80 && (code < 0xd800 || code > 0xdfff)) bytes += 1;
  }
  return bytes;
}

/** What one name costs in the merge pages read: its words, gaps, forms' prefix and the entry's id. */
const nameBytes = (id: string, name: string) => 130 + id.length + 3 * utf8Bytes(name);

/**
 * About what a list of own entries fills: the list itself (as Chromium counts it, JSON), and, made
 * from it by the background, each name in the page's merge and each hover card. Within a few per
 * cent of what is written for ordinary entries; an estimate, said as one ("ca.").
 */
export function estimateStoredBytes(entries: readonly CustomEntry[]): number {
  let bytes = 0;
  for (const entry of entries) {
    const names = [entry.term, ...entry.aliases, ...(entry.exactNames ?? []), ...entry.forms, ...entry.abbreviations];
    bytes += utf8Bytes(JSON.stringify(entry)) + utf8Bytes(JSON.stringify(toCardData(entry))) + 40;
    for (const name of names) bytes += nameBytes(entry.id, name);
  }
  return bytes;
}

export interface Room {
  /** What `storage.local` holds now, every key. */
  used: number;
  budget: number;
  /** What may still be written: the budget's rest, or the disk's, whichever is smaller. */
  free: number;
}

interface BytesInUse {
  getBytesInUse?: (keys: null) => Promise<number>;
}

/** What the extension's local storage holds, in bytes (Firefox before 144 has no getBytesInUse: measured). */
async function bytesInUse(): Promise<number> {
  const local = browser.storage.local as unknown as BytesInUse;
  if (typeof local.getBytesInUse === 'function') {
    try {
      return await local.getBytesInUse(null);
    } catch {
      // Measured below.
    }
  }
  const all = await browser.storage.local.get(null);
  return Object.entries(all).reduce((sum, [key, value]) => sum + key.length + utf8Bytes(JSON.stringify(value) ?? ''), 0);
}

/** The room there is now: the budget's rest, and no more than the browser says the disk has. */
export async function measureRoom(): Promise<Room> {
  const used = await bytesInUse();
  let free = Math.max(0, STORAGE_BUDGET - used);
  try {
    const estimate = await navigator.storage.estimate();
    if (estimate.quota !== undefined && estimate.usage !== undefined) free = Math.min(free, Math.max(0, estimate.quota - estimate.usage));
  } catch {
    // No estimate: the budget alone.
  }
  return { used, budget: STORAGE_BUDGET, free };
}

/** "4,3 MB", "820 kB": sizes as the caseworker reads them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000 * 1000) return `${danishNumber(Math.max(1, Math.ceil(bytes / 1000)))} kB`;
  return `${(bytes / (1000 * 1000)).toLocaleString('da-DK', { maximumFractionDigits: 1, minimumFractionDigits: 1 })} MB`;
}

/** A failed write in Danish: a full disk or quota said as such, anything else with the browser's words. */
export function describeStorageError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/quota|QUOTA|kQuotaBytes|disk|space/i.test(message)) {
    return `Der er ikke plads i browserens lager på denne computer (${message}).`;
  }
  return `Browseren kunne ikke gemme (${message}).`;
}
