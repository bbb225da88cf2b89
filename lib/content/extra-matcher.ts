import { browser } from 'wxt/browser';
import { EXTRA_GLOSSARY_KEY, type StoredExtraGlossary } from '../custom-glossary/store';
import { glossaryStamp } from '../custom-glossary/extra-glossary';
import type { CompiledGlossary } from '../matcher/compile-glossary';
import { createMatcher, type Matcher } from '../matcher/create-matcher';

/** A matcher whose glossary can be replaced while the page is open. */
export interface SwappableMatcher extends Matcher {
  /** Stops following changes. */
  stop(): void;
}

const storedFor = (base: CompiledGlossary, value: unknown): CompiledGlossary => {
  const stored = value as Partial<StoredExtraGlossary> | undefined;
  return stored?.compiled && stored.stamp === glossaryStamp(base) ? stored.compiled : base;
};

/**
 * The page's matcher: the built-in glossary, or, where the caseworker or the organisation has
 * entries of their own, the merge the background compiled (one storage read). When those entries
 * change, the matcher follows and `onChange` is called, so that the page is highlighted afresh.
 */
export async function loadPageMatcher(base: CompiledGlossary, onChange: () => void): Promise<SwappableMatcher> {
  let current: Matcher;
  try {
    const stored = await browser.storage.local.get(EXTRA_GLOSSARY_KEY);
    current = createMatcher(storedFor(base, stored[EXTRA_GLOSSARY_KEY]));
  } catch {
    current = createMatcher(base);
  }
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[EXTRA_GLOSSARY_KEY];
    if (area !== 'local' || !change) return;
    current = createMatcher(storedFor(base, change.newValue));
    onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return {
    find: (text, options) => current.find(text, options),
    definedOtherwise: (text) => current.definedOtherwise(text),
    mayMatch: (text) => current.mayMatch(text),
    senseOf: (entryId) => current.senseOf(entryId),
    stop: () => {
      browser.storage.onChanged.removeListener(listener);
    },
  };
}
