import { storage } from 'wxt/utils/storage';

/** The panel's search text: it survives closing and reopening the panel for the browser session. */
export const panelQuery = storage.defineItem<string>('session:panel-query', { fallback: '' });

/** What that search found, in order: a reopened panel shows it before its search index has loaded. */
export interface SavedResults {
  query: string;
  ids: string[];
}

export const panelResults = storage.defineItem<SavedResults | null>('session:panel-results', { fallback: null });
