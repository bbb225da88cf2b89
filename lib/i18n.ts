import { browser } from 'wxt/browser';

type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

/**
 * The UI's words in the browser's language: Danish, or English where the browser is not Danish
 * (`public/_locales`). The glossary itself is Danish-first and is not translated.
 */
export function t(key: MessageKey, substitution?: string | string[]): string {
  return substitution === undefined ? browser.i18n.getMessage(key) : browser.i18n.getMessage(key, substitution);
}
