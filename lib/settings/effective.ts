import { SETTING_KEYS, type SettingKey, type Settings } from './defaults';
import type { OrganisationLayer } from './organisation';

/** The settings in force, where each comes from, and what the panel should say about them. */
export interface EffectiveSettings {
  settings: Settings;
  /** Keys set by the organisation: shown as such, not editable. */
  locked: ReadonlySet<SettingKey>;
  /** Sites the organisation turned off (also in `settings.disabledSites`). */
  organisationSites: readonly string[];
  /** The stored settings could not be read; defaults stand in and the bad value is kept aside. */
  corrupt: boolean;
  /** Policy values that were ignored, with the reason. */
  problems: readonly string[];
}

/** Defaults ← user ← organisation. Sites add up; every other organisation value wins. */
export function mergeSettings(user: Settings, organisation: OrganisationLayer, corrupt = false): EffectiveSettings {
  const settings = { ...user };
  const locked = new Set<SettingKey>(organisation.locked);
  for (const key of SETTING_KEYS) {
    const value = organisation.values[key];
    if (value === undefined) continue;
    locked.add(key);
    (settings as Record<SettingKey, unknown>)[key] = value;
  }
  const organisationSites = organisation.values.disabledSites ?? [];
  settings.disabledSites = [...new Set([...user.disabledSites, ...organisationSites])];
  if (organisationSites.length > 0 && !organisation.locked.includes('disabledSites')) locked.delete('disabledSites');
  return { settings, locked, organisationSites, corrupt, problems: organisation.problems };
}

/** The host of a page address, lower case; undefined for addresses without one. */
export function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? hostname.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

/** Normalises what a user or policy writes for a site ("https://Sag.Kommune.dk/x" → "sag.kommune.dk"). */
export function normaliseSite(site: string): string {
  const trimmed = site.trim().toLowerCase();
  const host = hostOf(trimmed.includes('://') ? trimmed : `https://${trimmed}`) ?? trimmed;
  return host.replace(/^www\./, '').replace(/\.$/, '');
}

/** Whether a host is one of the sites or a subdomain of one ("www.kommune.dk" of "kommune.dk"). */
export function siteListed(host: string, sites: readonly string[]): string | undefined {
  const bare = host.toLowerCase().replace(/\.$/, '');
  return sites.find((site) => {
    const wanted = normaliseSite(site);
    return wanted !== '' && (bare === wanted || bare.endsWith(`.${wanted}`));
  });
}

/** Why highlighting is off on a host, if it is. */
export type OffReason = 'everywhere' | 'site' | 'organisation-site';

export function offReason(effective: EffectiveSettings, host: string | undefined): OffReason | undefined {
  if (!effective.settings.enabled) return 'everywhere';
  if (host === undefined) return undefined;
  if (siteListed(host, effective.organisationSites)) return 'organisation-site';
  if (siteListed(host, effective.settings.disabledSites)) return 'site';
  return undefined;
}
