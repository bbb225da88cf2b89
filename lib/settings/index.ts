import { browser } from 'wxt/browser';
import type { SettingKey, Settings } from './defaults';
import { mergeSettings, type EffectiveSettings } from './effective';
import { isPolicyChange } from '../policy/known-policy';
import { readOrganisationLayer } from './organisation';
import { readUserSettings, settingsItem, writeUserSettings } from './stored';

export { DEFAULT_SETTINGS, SETTING_KEYS, type SettingKey, type Settings } from './defaults';
export { hostOf, normaliseSite, offReason, siteListed, type EffectiveSettings, type OffReason } from './effective';
export { keptAsideItem } from './stored';

/**
 * The one way in to settings, for the content script, the panel and the background: the settings
 * in force (defaults ← user ← organisation), one change event, and the one way to change them.
 */
export async function getSettings(): Promise<EffectiveSettings> {
  const [user, organisation] = await Promise.all([readUserSettings(), readOrganisationLayer()]);
  return mergeSettings(user.settings, organisation, user.corrupt);
}

/**
 * Calls back with the settings in force whenever the user's or the organisation's change (the
 * latter when the background stores a new copy of the policy: lib/policy/known-policy.ts).
 */
export function watchSettings(callback: (settings: EffectiveSettings) => void): () => void {
  const key = settingsItem().key.replace(/^sync:/, '');
  const listener = (changes: Record<string, unknown>, area: string) => {
    if ((area === 'sync' && key in changes) || isPolicyChange(changes, area)) {
      void getSettings().then(callback, () => undefined);
    }
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    browser.storage.onChanged.removeListener(listener);
  };
}

/** Changes the user's own settings; keys the organisation fixed are left as they are. */
export async function updateSettings(change: (settings: Settings) => Partial<Settings>): Promise<void> {
  const [{ settings }, effective] = await Promise.all([readUserSettings(), getSettings()]);
  const patch = change(settings);
  for (const key of Object.keys(patch) as SettingKey[]) {
    if (effective.locked.has(key)) delete patch[key];
  }
  await writeUserSettings({ ...settings, ...patch });
}
