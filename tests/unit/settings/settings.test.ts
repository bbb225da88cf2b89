import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import { hostOf, mergeSettings, normaliseSite, offReason, siteListed } from '@/lib/settings/effective';
import { NO_ORGANISATION } from '@/lib/settings/organisation';

/** The settings module afresh, as a new extension context would load it. */
async function freshSettings() {
  vi.resetModules();
  return import('@/lib/settings');
}

describe('settings in storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('start from the defaults: on everywhere, every category, every occurrence, the privacy guard on', async () => {
    const { getSettings } = await freshSettings();
    const effective = await getSettings();
    expect(effective.settings).toEqual(DEFAULT_SETTINGS);
    expect(effective.settings.privacyGuard).toBe(true);
    expect(effective.corrupt).toBe(false);
  });

  it('keep a change, in the sync area, and announce it once', async () => {
    const { getSettings, updateSettings, watchSettings } = await freshSettings();
    const seen: boolean[] = [];
    const stop = watchSettings((effective) => seen.push(effective.settings.badge));
    await updateSettings(() => ({ badge: false, disabledSites: ['sag.kommune.dk'] }));
    await vi.waitFor(() => expect(seen).toEqual([false]));
    stop();
    expect((await getSettings()).settings).toMatchObject({ badge: false, disabledSites: ['sag.kommune.dk'] });
    const stored = await fakeBrowser.storage.sync.get('settings');
    expect(stored.settings).toMatchObject({ badge: false });
  });

  it('migrate a version-1 value (on, offSites, marker) to the current version', async () => {
    await fakeBrowser.storage.sync.set({ settings: { on: false, offSites: ['kommune.dk'], marker: 'line' }, settings$: { v: 1 } });
    const { getSettings } = await freshSettings();
    const { settings, corrupt } = await getSettings();
    expect(settings).toMatchObject({ enabled: false, disabledSites: ['kommune.dk'], style: 'underline' });
    expect(corrupt).toBe(false);
    const stored = await fakeBrowser.storage.sync.get(['settings', 'settings$']);
    expect(stored['settings$']).toMatchObject({ v: 3 });
  });

  it('migrate the hidden categories of a version-2 value to the renamed categories, and keep the rest', async () => {
    const hidden = ['tværfaglige indsatser', 'sundhedsfremmende indsatser', 'ydelser og forløb', 'begreber'];
    await fakeBrowser.storage.sync.set({ settings: { hiddenCategories: hidden, badge: false }, settings$: { v: 2 } });
    const { getSettings } = await freshSettings();
    const { settings, corrupt } = await getSettings();
    expect(corrupt).toBe(false);
    expect(settings.hiddenCategories).toEqual(['metoder', 'ydelser og tillæg', 'begreber']);
    expect(settings.badge).toBe(false);
  });

  it('fall back to the defaults key by key when the stored value is corrupt, and keep the bad value aside once', async () => {
    const bad = { enabled: 'ja', badge: false, occurrences: 42 };
    await fakeBrowser.storage.sync.set({ settings: bad, settings$: { v: 2 } });
    const { getSettings, keptAsideItem } = await freshSettings();
    const effective = await getSettings();
    expect(effective.corrupt).toBe(true);
    expect(effective.settings).toMatchObject({ enabled: true, badge: false, occurrences: 'all' });
    await getSettings();
    const kept = await keptAsideItem.getValue();
    expect(kept.map((entry) => entry.value)).toEqual([bad]);
    expect(kept[0]?.keptAt).toBeGreaterThan(0);
    // The stored value itself is left as it was until the user changes a setting.
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual(bad);
  });

  it('keep a value that is not an object at all aside too', async () => {
    await fakeBrowser.storage.sync.set({ settings: 'not json at all', settings$: { v: 2 } });
    const { getSettings, keptAsideItem } = await freshSettings();
    expect((await getSettings()).settings).toEqual(DEFAULT_SETTINGS);
    expect((await keptAsideItem.getValue()).map((entry) => entry.value)).toEqual(['not json at all']);
  });
});

describe('the settings in force', () => {
  it('let the organisation win, lock what it sets, and add its sites to the user\'s', () => {
    const user = { ...DEFAULT_SETTINGS, privacyGuard: false, disabledSites: ['facebook.com'] };
    const effective = mergeSettings(user, {
      values: { privacyGuard: true, disabledSites: ['sag.kommune.dk'] },
      locked: ['badge'],
      problems: ['disabledSites[2]: "x y" er ikke et værtsnavn'],
    });
    expect(effective.settings.privacyGuard).toBe(true);
    expect(effective.settings.disabledSites).toEqual(['facebook.com', 'sag.kommune.dk']);
    expect([...effective.locked].sort()).toEqual(['badge', 'privacyGuard']);
    expect(effective.organisationSites).toEqual(['sag.kommune.dk']);
    expect(effective.problems).toHaveLength(1);
  });

  it('say why a host is off: everywhere, the organisation\'s site, the user\'s site, subdomains included', () => {
    const effective = mergeSettings({ ...DEFAULT_SETTINGS, disabledSites: ['kommune.dk'] }, {
      values: { disabledSites: ['sag.region.dk'] },
      locked: [],
      problems: [],
    });
    expect(offReason(effective, 'www.kommune.dk')).toBe('site');
    expect(offReason(effective, 'kommune.dk')).toBe('site');
    expect(offReason(effective, 'minkommune.dk')).toBeUndefined();
    expect(offReason(effective, 'a.sag.region.dk')).toBe('organisation-site');
    expect(offReason(mergeSettings({ ...DEFAULT_SETTINGS, enabled: false }, NO_ORGANISATION), 'star.dk')).toBe('everywhere');
  });

  it('read hosts and sites the way people write them', () => {
    expect(hostOf('https://Star.dk/indsatser?x=1')).toBe('star.dk');
    expect(hostOf('chrome-extension://abc/sidepanel.html')).toBeUndefined();
    expect(normaliseSite(' https://www.Retsinformation.dk/eli/lta ')).toBe('retsinformation.dk');
    expect(siteListed('www.retsinformation.dk', ['retsinformation.dk'])).toBe('retsinformation.dk');
  });
});
