import { lookupRequest } from '../lookup-request';
import { panelQuery } from './panel-query';

/** What public/restore-query.js leaves for the panel: session storage's answer, asked for early. */
interface EarlyRead {
  metodelupRestoring?: Promise<Record<string, unknown>>;
}

/** The storage keys that script reads: the items' own keys without their area. */
export const RESTORE_KEYS = [panelQuery.key, lookupRequest.key].map((key) => key.replace(/^session:/, ''));

/**
 * The query the panel opens with: a pending lookup from the context menu, else the query saved
 * when the panel last closed. Uses the read the page started before its code loaded, when there
 * is one.
 */
export async function restoredQuery(): Promise<string> {
  const early = (globalThis as EarlyRead).metodelupRestoring;
  if (!early) {
    const [saved, request] = await Promise.all([panelQuery.getValue(), lookupRequest.getValue()]);
    return request?.query ?? saved;
  }
  const [savedKey = '', requestKey = ''] = RESTORE_KEYS;
  const items: Record<string, unknown> = await early.catch(() => ({}));
  const request = items[requestKey] as { query?: unknown } | null | undefined;
  if (typeof request?.query === 'string') return request.query;
  const saved = items[savedKey];
  return typeof saved === 'string' ? saved : '';
}
