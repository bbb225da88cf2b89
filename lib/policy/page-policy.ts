import { hostCovered } from './hosts';
import type { ManagedPolicy } from './parse-policy';

/**
 * Whether the organisation lets the extension read and highlight a page: not when highlighting is
 * off for everyone, nor on a disabled site or any of its subdomains.
 */
export function policyAllowsPage(policy: Pick<ManagedPolicy, 'highlightingEnabled' | 'disabledSites'>, host: string): boolean {
  if (policy.highlightingEnabled === false) return false;
  return !hostCovered(host, policy.disabledSites);
}
