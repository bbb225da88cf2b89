import { readKnownPolicy, watchKnownPolicy } from './known-policy';
import { parsePolicy, type ManagedPolicy, type PolicyOptions } from './parse-policy';

/**
 * The organisation's policy (managed storage) as last known (lib/policy/known-policy.ts): the copy
 * the background keeps, so that no page waits for the managed store itself after the browser
 * starts. Nothing provisioned — Firefox rejects `get()` then, and a browser without managed storage
 * has none — is no policy, never an error.
 */
export async function readManagedPolicy(options: PolicyOptions = {}): Promise<ManagedPolicy> {
  return parsePolicy(await readKnownPolicy(), options);
}

/** Calls `onChange` when IT's policy changes (Chromium re-reads policy files every few seconds). */
export function watchManagedPolicy(onChange: () => void): () => void {
  return watchKnownPolicy(onChange);
}
