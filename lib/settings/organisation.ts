import { readManagedPolicy } from '../policy/managed-policy';
import type { SettingKey, Settings } from './defaults';
import { checkSetting } from './stored';

/**
 * What the organisation's IT fixes (managed policy, issue 13): values that win over the user's
 * own and are shown as set by the organisation; sites it turns off are added to the user's; the
 * problems found in the policy, one line each, shown in the panel.
 */
export interface OrganisationLayer {
  values: Partial<Settings>;
  /** Keys the user may not change (every key in `values` is locked too). */
  locked: SettingKey[];
  problems: string[];
}

export const NO_ORGANISATION: OrganisationLayer = { values: {}, locked: [], problems: [] };

/**
 * Reads the organisation's layer from its managed policy as last known (lib/policy/known-policy.ts:
 * the background's copy, one local read; none provisioned is no policy): `highlightingEnabled:
 * false` turns highlighting off, `disabledSites` are added to the user's, `lockedSettings` fix
 * settings; each wrong value is left out with the reason.
 */
export async function readOrganisationLayer(): Promise<OrganisationLayer> {
  const policy = await readManagedPolicy({ checkSetting });
  const values: Partial<Settings> = { ...(policy.lockedSettings as Partial<Settings>) };
  if (policy.highlightingEnabled === false) values.enabled = false;
  if (policy.disabledSites.length > 0) values.disabledSites = policy.disabledSites;
  const locked = Object.keys(policy.lockedSettings) as SettingKey[];
  if (policy.highlightingEnabled !== undefined) locked.push('enabled');
  if (Object.keys(values).length === 0 && locked.length === 0 && policy.problems.length === 0) return NO_ORGANISATION;
  return { values, locked, problems: policy.problems };
}
