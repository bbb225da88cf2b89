import type { CustomEntry } from '../custom-glossary/entry';
import { normaliseHost } from './hosts';

/** The prefix that keeps an organisation's entry apart from a built-in one with the same id. */
export const ORGANISATION_PREFIX = 'org-';

/** The managed policy, each value checked; what was wrong is in `problems`, in Danish. */
export interface ManagedPolicy {
  highlightingEnabled?: boolean;
  disabledSites: string[];
  extraEntries: CustomEntry[];
  /** Setting name → the value IT fixes; each checked by `checkSetting`. */
  lockedSettings: Record<string, unknown>;
  problems: string[];
}

export const NO_POLICY: ManagedPolicy = { disabledSites: [], extraEntries: [], lockedSettings: {}, problems: [] };

export interface PolicyOptions {
  /**
   * Reads `extraEntries` (lib/policy/policy-entries.ts). Left out where only the settings matter —
   * the content script — so that the entry validator is not loaded on every page.
   */
  parseEntries?: (entries: readonly unknown[]) => { entries: CustomEntry[]; problems: string[] };
  /** Checks one locked setting: a Danish reason when it is unknown or its value is wrong. */
  checkSetting?: (name: string, value: unknown) => string | undefined;
}

const KNOWN = new Set(['highlightingEnabled', 'disabledSites', 'extraEntries', 'lockedSettings']);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const show = (value: unknown) => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

/**
 * Reads what `storage.managed` holds. Never throws: a value that is wrong is left out, one entry or
 * one host at a time, and the reason is kept for the panel.
 */
export function parsePolicy(raw: unknown, options: PolicyOptions = {}): ManagedPolicy {
  if (!isRecord(raw)) return NO_POLICY;
  const policy: ManagedPolicy = { disabledSites: [], extraEntries: [], lockedSettings: {}, problems: [] };
  const problem = (text: string) => policy.problems.push(text);

  for (const key of Object.keys(raw)) if (!KNOWN.has(key)) problem(`Ukendt politik "${key}" ignoreres.`);

  const enabled = raw.highlightingEnabled;
  if (typeof enabled === 'boolean') policy.highlightingEnabled = enabled;
  else if (enabled !== undefined) problem(`highlightingEnabled skal være true eller false, ikke ${show(enabled)}.`);

  const sites = raw.disabledSites;
  if (Array.isArray(sites)) {
    sites.forEach((site: unknown, index) => {
      const host = typeof site === 'string' ? normaliseHost(site) : undefined;
      if (host) policy.disabledSites.push(host);
      else problem(`disabledSites[${index}]: ${show(site)} er ikke et værtsnavn og ignoreres.`);
    });
  } else if (sites !== undefined) problem('disabledSites skal være en liste af værtsnavne.');

  const entries = raw.extraEntries;
  if (Array.isArray(entries)) {
    if (options.parseEntries) {
      const parsed = options.parseEntries(entries);
      policy.extraEntries = parsed.entries;
      parsed.problems.forEach(problem);
    }
  } else if (entries !== undefined) problem('extraEntries skal være en liste af opslag.');

  const locked = raw.lockedSettings;
  if (isRecord(locked)) {
    for (const [name, value] of Object.entries(locked)) {
      const reason = options.checkSetting?.(name, value);
      if (reason) problem(`lockedSettings.${name}: ${reason} Ignoreres.`);
      else policy.lockedSettings[name] = value;
    }
  } else if (locked !== undefined) problem('lockedSettings skal være et objekt med indstillinger.');

  return policy;
}
