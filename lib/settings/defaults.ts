import type { Category } from '../glossary/categories';

/**
 * Every setting and its default: the settings type is derived from this object, so the stored
 * shape, the panel's form and the content script cannot drift apart.
 */
export const DEFAULT_SETTINGS = {
  /** Highlighting on every site (the organisation may turn it off for everyone). */
  enabled: true,
  /** Hosts where nothing is read or highlighted; a host covers its subdomains. */
  disabledSites: [] as string[],
  /** Categories not highlighted (the panel still finds their entries). */
  hiddenCategories: [] as Category[],
  /** Leave out the broad everyday words (jobcenter, kontanthjælp …): entries marked `everyday`. */
  hideEveryday: false,
  /** Entries the caseworker knows ("Jeg kender dette begreb"): never highlighted. */
  knownEntries: [] as string[],
  /** Highlight schemes that have been abolished (older texts use them). */
  showHistorical: true,
  /** Every occurrence, or the first occurrence of each entry on a page. */
  occurrences: 'all' as 'all' | 'first',
  /** How a term is marked: a translucent background, or an underline. */
  style: 'background' as 'background' | 'underline',
  /** References to provisions in acts ("§ 7 a, stk. 2", "§ 13 i lov om sygedagpenge"): marked, with the provision on hover. */
  showReferences: true,
  /** The number of distinct terms on the toolbar button. */
  badge: true,
  /** A page showing a CPR number is a case system: nothing is highlighted there. */
  privacyGuard: true,
  /** Hosts where the caseworker allowed highlighting despite a CPR number. */
  guardAllowedSites: [] as string[],
};

export type Settings = typeof DEFAULT_SETTINGS;
export type SettingKey = keyof Settings;
export const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as SettingKey[];
