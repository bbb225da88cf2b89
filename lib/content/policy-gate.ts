import { readManagedPolicy, watchManagedPolicy } from '../policy/managed-policy';
import { policyAllowsPage } from '../policy/page-policy';

/**
 * The organisation's word on this page, asked before any of its text is read: false where the
 * managed policy turns highlighting off or lists the site. `onRefused` is called when a policy
 * change turns the page off while it is open (the caller then stops and clears everything).
 */
export async function organisationAllows(host: string, onRefused: () => void): Promise<{ allowed: boolean; stop: () => void }> {
  const allowed = policyAllowsPage(await readManagedPolicy(), host);
  const stop = watchManagedPolicy(() => {
    void readManagedPolicy().then((policy) => {
      if (!policyAllowsPage(policy, host)) onRefused();
    });
  });
  return { allowed, stop };
}
