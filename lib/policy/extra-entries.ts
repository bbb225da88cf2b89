import { customEntries } from '../custom-glossary/store';
import type { ExtraEntry } from '../custom-glossary/extra-glossary';
import { checkStoredEntries, type UnusableEntry } from '../custom-glossary/stored-entries';
import type { Pause } from '../tasks/slices';
import { readManagedPolicy } from './managed-policy';
import { policyEntries } from './policy-entries';
import type { ManagedPolicy } from './parse-policy';

/**
 * The entries beside the built-in glossary, in the order ties are decided: the organisation's
 * (managed policy), then the caseworker's own, each checked by the schema (a stored entry the
 * schema refuses is in `unusable`). An own entry whose id is built in or the organisation's is kept
 * apart as "egen-<id>". With them the policy, for its problems and settings.
 */
export async function readExtraEntries(
  builtIn: ReadonlySet<string>,
  pause: Pause,
): Promise<{ extras: ExtraEntry[]; policy: ManagedPolicy; unusable: UnusableEntry[] }> {
  const [policy, stored] = await Promise.all([
    readManagedPolicy({ parseEntries: policyEntries(builtIn) }),
    customEntries.getValue() as Promise<unknown>,
  ]);
  const organisation = policy.extraEntries;
  const reserved = new Set([...builtIn, ...organisation.map((entry) => entry.id)]);
  const own = await checkStoredEntries(stored, reserved, pause);
  return {
    extras: [
      ...organisation.map((entry) => ({ entry, origin: 'organisation' as const })),
      ...own.entries.map((entry) => ({ entry, origin: 'own' as const })),
    ],
    policy,
    unusable: own.unusable,
  };
}
