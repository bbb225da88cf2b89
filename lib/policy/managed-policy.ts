import { browser } from 'wxt/browser';
import { NO_POLICY, parsePolicy, type ManagedPolicy, type PolicyOptions } from './parse-policy';

/**
 * The organisation's policy as `storage.managed` holds it. Firefox rejects `get()` when nothing is
 * provisioned (no policies.json entry), and a browser without managed storage has none: both are
 * no policy, never an error.
 */
export async function readManagedPolicy(options: PolicyOptions = {}): Promise<ManagedPolicy> {
  let raw: unknown;
  try {
    raw = await browser.storage.managed.get();
  } catch {
    return NO_POLICY;
  }
  return parsePolicy(raw, options);
}

/** Calls `onChange` when IT changes the policy (Chromium re-reads policy files every few seconds). */
export function watchManagedPolicy(onChange: () => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'managed') onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    browser.storage.onChanged.removeListener(listener);
  };
}
