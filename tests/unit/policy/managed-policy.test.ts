import compiledGlossary from 'virtual:metodelup-glossary/matcher';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { publishExtras } from '@/lib/background/publish-extras';
import { rememberPolicy } from '@/lib/background/remember-policy';
import { EXTRA_CARDS_KEY, EXTRA_GLOSSARY_KEY, customEntries, type StoredExtraCards, type StoredExtraGlossary } from '@/lib/custom-glossary/store';
import { createMatcher } from '@/lib/matcher/create-matcher';
import { readKnownPolicy } from '@/lib/policy/known-policy';
import { readManagedPolicy } from '@/lib/policy/managed-policy';
import { NO_POLICY } from '@/lib/policy/parse-policy';
import { getSettings, offReason, updateSettings, watchSettings } from '@/lib/settings';

/** IT changes the policy; the background reads it and stores the copy every other part reads. */
async function setPolicy(value: Record<string, unknown>) {
  await fakeBrowser.storage.managed.clear();
  await fakeBrowser.storage.managed.set(value);
  await vi.waitFor(async () => {
    expect((await readKnownPolicy())).toEqual(value);
  });
}

const orgEntry = { id: 'visitationsteamet', term: 'Visitationsteamet', category: 'begreber', summary: 'Kommunens team for visitation.' };

describe('the managed policy, through fake managed storage and the background that keeps it', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // The background reads the managed store and keeps the copy that every other part reads.
    rememberPolicy();
  });

  it('is no policy when nothing is provisioned, also where get() rejects (Firefox)', async () => {
    expect(await readManagedPolicy()).toEqual(NO_POLICY);
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    expect(await readManagedPolicy()).toEqual(NO_POLICY);
  });

  it('turns a site and its subdomains off, and everything off live, through the settings in force', async () => {
    await setPolicy({ disabledSites: ['kommune.dk'] });
    const effective = await getSettings();
    expect(offReason(effective, 'sag.kommune.dk')).toBe('organisation-site');
    expect(offReason(effective, 'www.retsinformation.dk')).toBeUndefined();
    const seen: (string | undefined)[] = [];
    const stop = watchSettings((next) => seen.push(offReason(next, 'www.retsinformation.dk')));
    await fakeBrowser.storage.managed.set({ highlightingEnabled: false });
    await vi.waitFor(() => {
      expect(seen).toContain('everywhere');
    });
    stop();
  });

  it('fixes locked settings: they win over the user\'s own, and the user cannot change them', async () => {
    await setPolicy({ lockedSettings: { privacyGuard: true, style: 'stribet' } });
    await updateSettings(() => ({ privacyGuard: false, badge: false }));
    const effective = await getSettings();
    expect(effective.settings.privacyGuard).toBe(true);
    expect(effective.settings.badge).toBe(false);
    expect(effective.locked.has('privacyGuard')).toBe(true);
    expect(effective.problems).toEqual([expect.stringContaining('lockedSettings.style')]);
  });

  it('publishes the organisation entries and the own ones for pages, and follows policy changes', async () => {
    await setPolicy({ extraEntries: [orgEntry] });
    await customEntries.setValue([{ ...orgEntry, id: 'visitationsteamet', term: 'Ung i Job-forløbet', aliases: [], abbreviations: [], forms: [], searchWords: [], areas: [], acts: [], related: [], sources: [], ambiguous: [], description: '', category: 'begreber' }]);
    publishExtras(compiledGlossary);
    const stored = async () => (await fakeBrowser.storage.local.get(EXTRA_GLOSSARY_KEY))[EXTRA_GLOSSARY_KEY] as StoredExtraGlossary | undefined;
    await vi.waitFor(async () => {
      expect(await stored()).toBeDefined();
    });
    const cards = (await fakeBrowser.storage.local.get(EXTRA_CARDS_KEY))[EXTRA_CARDS_KEY] as StoredExtraCards;
    // The own entry with the organisation's id is kept apart.
    expect(cards.map((card) => [card.id, card.origin])).toEqual([
      ['visitationsteamet', 'organisation'],
      ['egen-visitationsteamet', 'own'],
    ]);
    const ids = async (text: string) => createMatcher((await stored())?.compiled ?? compiledGlossary).find(text).map((match) => match.entryId);
    expect(await ids('Visitationsteamet og Ung i Job-forløbet og fleksjob')).toEqual(['visitationsteamet', 'egen-visitationsteamet', 'fleksjob']);
    await fakeBrowser.storage.managed.set({ extraEntries: [] });
    await customEntries.setValue([]);
    await vi.waitFor(async () => {
      expect(await stored()).toBeUndefined();
    });
  });
});
