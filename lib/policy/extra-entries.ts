import { customEntries } from '../custom-glossary/store';
import type { ExtraEntry } from '../custom-glossary/extra-glossary';
import { keepApart } from '../custom-glossary/keep-apart';
import { OWN_PREFIX } from '../custom-glossary/preview';
import { readManagedPolicy } from './managed-policy';
import { policyEntries } from './policy-entries';
import type { ManagedPolicy } from './parse-policy';

/**
 * The entries beside the built-in glossary, in the order ties are decided: the organisation's
 * (managed policy), then the caseworker's own. An own entry whose id the organisation's list has is
 * kept apart as "egen-<id>". With them the policy, for its problems and settings.
 */
export async function readExtraEntries(builtIn: ReadonlySet<string>): Promise<{ extras: ExtraEntry[]; policy: ManagedPolicy }> {
  const [policy, stored] = await Promise.all([readManagedPolicy({ parseEntries: policyEntries(builtIn) }), customEntries.getValue()]);
  const organisation = policy.extraEntries;
  const reserved = new Set([...builtIn, ...organisation.map((entry) => entry.id)]);
  const own = keepApart(stored, reserved, OWN_PREFIX).entries;
  return {
    extras: [
      ...organisation.map((entry) => ({ entry, origin: 'organisation' as const })),
      ...own.map((entry) => ({ entry, origin: 'own' as const })),
    ],
    policy,
  };
}
