import { lookupRequest } from '../lookup-request';
import { panelQuery, panelResults } from './panel-query';

/** What public/restore-query.js leaves for the panel: session storage's answer, asked for early. */
interface EarlyRead {
  metodelupRestoring?: Promise<Record<string, unknown>>;
}

/** The storage keys that script reads: the items' own keys without their area. */
export const RESTORE_KEYS = [panelQuery.key, lookupRequest.key, panelResults.key].map((key) => key.replace(/^session:/, ''));

export interface RestoredSearch {
  query: string;
  /** The ids that query found when the panel was last open, if they were saved for it. */
  resultIds?: string[];
}

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/**
 * The search the panel opens with: a pending lookup from the context menu, else the query saved
 * when the panel last closed, with its results. Uses the read the page started before its code
 * loaded, when there is one.
 */
export async function restoredSearch(): Promise<RestoredSearch> {
  const early = (globalThis as EarlyRead).metodelupRestoring;
  const [savedKey = '', requestKey = '', resultsKey = ''] = RESTORE_KEYS;
  const items: Record<string, unknown> = early
    ? await early.catch(() => ({}))
    : Object.fromEntries(
        await Promise.all([
          panelQuery.getValue().then((value): [string, unknown] => [savedKey, value]),
          lookupRequest.getValue().then((value): [string, unknown] => [requestKey, value]),
          panelResults.getValue().then((value): [string, unknown] => [resultsKey, value]),
        ]),
      );
  const request = items[requestKey] as { query?: unknown } | null | undefined;
  const saved = items[savedKey];
  const query = typeof request?.query === 'string' ? request.query : typeof saved === 'string' ? saved : '';
  const results = items[resultsKey] as { query?: unknown; ids?: unknown } | null | undefined;
  return results?.query === query && isStringArray(results.ids) ? { query, resultIds: results.ids } : { query };
}
