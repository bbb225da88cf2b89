import { browser } from 'wxt/browser';
import { KNOWN_POLICY_KEY, readManagedStore, readStoredPolicy, watchManagedStore, type KnownPolicy } from '../policy/known-policy';

/**
 * Reads the managed store when the background starts and whenever it changes, and keeps what it
 * found as the known policy (lib/policy/known-policy.ts) — written only when it differs from the
 * copy, so that pages restyle only on a real change. One read at a time, in order: the last write
 * is the last answer.
 */
export function rememberPolicy(): void {
  let queue = Promise.resolve();
  const refresh = () => {
    queue = queue.then(storeFreshPolicy).catch((error: unknown) => {
      console.error('Metodelup: organisationens politik kunne ikke læses', error);
    });
  };
  refresh();
  watchManagedStore(refresh);
  // A listener here makes the browser start the background as soon as it starts itself (the read
  // above runs then), not at the first event some page or the toolbar sends it.
  browser.runtime.onStartup.addListener(() => undefined);
}

async function storeFreshPolicy(): Promise<void> {
  const [raw, known] = await Promise.all([readManagedStore(), readStoredPolicy()]);
  if (known && JSON.stringify(known.raw) === JSON.stringify(raw)) return;
  const fresh: KnownPolicy = { raw, readAt: Date.now() };
  await browser.storage.local.set({ [KNOWN_POLICY_KEY]: fresh });
}
