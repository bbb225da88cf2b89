import * as z from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import { CATEGORIES, currentCategory } from '../glossary/categories';
import { DEFAULT_SETTINGS, SETTING_KEYS, type Settings } from './defaults';

/** The stored shape, key by key: a bad key falls back to its default without losing the others. */
const FIELDS: { [K in keyof Settings]: z.ZodMiniType<Settings[K]> } = {
  enabled: z.boolean(),
  disabledSites: z.array(z.string()),
  // Former category names (until December 2026) are read as their successors, also in a policy's lockedSettings.
  hiddenCategories: z.pipe(
    z.transform((value: unknown) => (Array.isArray(value) ? [...new Set(value.map(currentCategory))] : value)),
    z.array(z.enum(CATEGORIES)),
  ),
  hideEveryday: z.boolean(),
  knownEntries: z.array(z.string()),
  showHistorical: z.boolean(),
  occurrences: z.enum(['all', 'first']),
  style: z.enum(['background', 'underline']),
  showReferences: z.boolean(),
  badge: z.boolean(),
  privacyGuard: z.boolean(),
  guardAllowedSites: z.array(z.string()),
};

/** Whether a value may stand for a setting (the organisation's lockedSettings): a Danish reason when not. */
export function checkSetting(name: string, value: unknown): string | undefined {
  if (!(SETTING_KEYS as string[]).includes(name)) return `"${name}" er ikke en indstilling.`;
  return FIELDS[name as keyof Settings].safeParse(value).success ? undefined : `værdien ${JSON.stringify(value)} passer ikke til "${name}".`;
}

/** Version 1 (the first draft): { on, offSites, marker: 'fill' | 'line' }. */
interface SettingsV1 {
  on?: unknown;
  offSites?: unknown;
  marker?: unknown;
}

/** Migrates a version-1 value; anything else is handed on as it is, for validation to judge. */
export function migrateFromV1(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const { on, offSites, marker, ...rest } = value as SettingsV1 & Record<string, unknown>;
  return {
    ...rest,
    ...(on !== undefined ? { enabled: on } : {}),
    ...(offSites !== undefined ? { disabledSites: offSites } : {}),
    ...(marker !== undefined ? { style: marker === 'line' ? 'underline' : 'background' } : {}),
  };
}

/** Version 2 → 3: the categories were renamed (issue 19); hidden ones are stored under their new names. */
export function migrateFromV2(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const { hiddenCategories, ...rest } = value as { hiddenCategories?: unknown } & Record<string, unknown>;
  if (!Array.isArray(hiddenCategories)) return value;
  return { ...rest, hiddenCategories: [...new Set(hiddenCategories.map(currentCategory))] };
}

let item: ReturnType<typeof defineSettingsItem> | undefined;
function defineSettingsItem() {
  // Preferences follow the caseworker across browsers where the browser syncs (sync area).
  return storage.defineItem<unknown>('sync:settings', {
    fallback: null,
    version: 3,
    migrations: { 2: migrateFromV1, 3: migrateFromV2 },
  });
}
/** The stored item, defined on first use: defining it runs its migration, which needs the browser. */
export const settingsItem = () => (item ??= defineSettingsItem());

/** Where an unreadable stored value is kept, never overwritten: a list of what was found, when. */
export const keptAsideItem = storage.defineItem<{ keptAt: number; value: unknown }[]>('local:settings-kept-aside', {
  fallback: [],
});

export interface ReadSettings {
  settings: Settings;
  /** The stored value was not a valid settings object: defaults are in use where it failed. */
  corrupt: boolean;
}

/** Validates a stored value key by key; unknown keys are ignored. */
export function validateSettings(value: unknown): ReadSettings {
  if (value === null || value === undefined) return { settings: { ...DEFAULT_SETTINGS }, corrupt: false };
  if (typeof value !== 'object' || Array.isArray(value)) return { settings: { ...DEFAULT_SETTINGS }, corrupt: true };
  const stored = value as Record<string, unknown>;
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  let corrupt = false;
  for (const key of SETTING_KEYS) {
    if (!(key in stored)) continue;
    const parsed = FIELDS[key].safeParse(stored[key]);
    if (parsed.success) settings[key] = parsed.data;
    else corrupt = true;
  }
  return { settings: settings as Settings, corrupt };
}

/** Reads the user's settings; an unreadable value is kept aside (once) and defaults stand in. */
export async function readUserSettings(): Promise<ReadSettings> {
  let raw: unknown;
  try {
    raw = await settingsItem().getValue();
  } catch (error) {
    // A migration that failed on a value it could not read: the value is still in storage.
    raw = { unreadable: String(error) };
  }
  const read = validateSettings(raw);
  if (read.corrupt) await keepAside(raw);
  return read;
}

async function keepAside(value: unknown): Promise<void> {
  const kept = await keptAsideItem.getValue();
  const text = JSON.stringify(value);
  if (kept.some((entry) => JSON.stringify(entry.value) === text)) return;
  await keptAsideItem.setValue([...kept, { keptAt: Date.now(), value }]);
}

/** Writes the user's own settings (a whole valid object). */
export async function writeUserSettings(settings: Settings): Promise<void> {
  await settingsItem().setValue(settings);
}
