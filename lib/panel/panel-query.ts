import { storage } from 'wxt/utils/storage';

/** The panel's search text: it survives closing and reopening the panel for the browser session. */
export const panelQuery = storage.defineItem<string>('session:panel-query', { fallback: '' });
