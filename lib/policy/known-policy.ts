import { browser } from 'wxt/browser';

/**
 * The organisation's policy as the background last read it from `storage.managed`, kept in
 * `storage.local` (issue 22). Right after the browser starts, Chromium takes seconds to answer its
 * first `storage.managed.get()` (1.8–8 s measured); a page that waited for it was marked late, or
 * never when the reader moved on first. The background alone reads the managed store, when it
 * starts and whenever the store changes, and writes what it found here only when it differs from
 * the copy (lib/background/remember-policy.ts); every other part reads this copy, in one local
 * read, and follows it through `storage.onChanged`.
 */
export const KNOWN_POLICY_KEY = 'knownPolicy';

export interface KnownPolicy {
  /** What `storage.managed.get()` answered, as it was (`{}`: nothing provisioned). */
  raw: unknown;
  /** When the background read it (ms since the epoch). */
  readAt: number;
}

const isKnown = (value: unknown): value is KnownPolicy =>
  typeof value === 'object' && value !== null && 'raw' in value && typeof (value as KnownPolicy).readAt === 'number';

/** What the managed store itself answers now; `{}` where it has nothing (Firefox rejects then). */
export async function readManagedStore(): Promise<unknown> {
  try {
    return await browser.storage.managed.get();
  } catch {
    return {};
  }
}

/** Calls `onChange` when the managed store itself changes: the background's one listener. */
export function watchManagedStore(onChange: () => void): void {
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') onChange();
  });
}

/** The stored copy, if there is one. */
export async function readStoredPolicy(): Promise<KnownPolicy | undefined> {
  const items = await browser.storage.local.get(KNOWN_POLICY_KEY);
  const value: unknown = items[KNOWN_POLICY_KEY];
  return isKnown(value) ? value : undefined;
}

/** Per extension context: the first answer, shared by every caller waiting for it. */
let firstAnswer: Promise<unknown> | undefined;

/**
 * The first answer where no copy exists yet (the extension's first run): the copy the background
 * writes, or this context's own read of the managed store, whichever comes first — never worse
 * than asking the store alone. A page that is left stops waiting, but the background's read goes
 * on, and the next page finds its copy.
 */
function waitForFirstAnswer(): Promise<unknown> {
  return new Promise((resolve) => {
    let settled = false;
    const done = (raw: unknown) => {
      if (settled) return;
      settled = true;
      browser.storage.onChanged.removeListener(listener);
      resolve(raw);
    };
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      const value = changes[KNOWN_POLICY_KEY]?.newValue;
      if (area === 'local' && isKnown(value)) done(value.raw);
    };
    browser.storage.onChanged.addListener(listener);
    // Looked at again now that the listener is there: the copy may have come in between.
    void readStoredPolicy().then((known) => {
      if (known) done(known.raw);
    }, () => undefined);
    void readManagedStore().then(done);
  });
}

/**
 * The organisation's policy as last known: the stored copy at once (a remembered policy applies
 * from the page's first moment, a site it turns off included), else the first answer (above).
 */
export async function readKnownPolicy(): Promise<unknown> {
  const known = await readStoredPolicy().catch(() => undefined);
  if (known) return known.raw;
  firstAnswer ??= waitForFirstAnswer();
  const raw = await firstAnswer;
  firstAnswer = undefined;
  return raw;
}

/** Whether a storage change is a new copy of the policy. */
export const isPolicyChange = (changes: Record<string, unknown>, area: string): boolean =>
  area === 'local' && KNOWN_POLICY_KEY in changes;

/** Calls `onChange` when the background stores a policy that differs from the one before. */
export function watchKnownPolicy(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (isPolicyChange(changes, area)) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    browser.storage.onChanged.removeListener(listener);
  };
}
