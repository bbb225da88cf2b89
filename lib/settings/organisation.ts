import type { SettingKey, Settings } from './defaults';

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

/** The storage area the organisation's policy arrives in. */
export const ORGANISATION_AREA = 'managed';

/**
 * Reads the organisation's layer. Until the managed policy is wired (issue 13) there is none.
 */
export function readOrganisationLayer(): Promise<OrganisationLayer> {
  return Promise.resolve(NO_ORGANISATION);
}
