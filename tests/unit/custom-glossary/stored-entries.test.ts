import compiledGlossary from 'virtual:metodelup-glossary/matcher';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { publishExtras } from '@/lib/background/publish-extras';
import { checkStoredEntries } from '@/lib/custom-glossary/stored-entries';
import { EXTRA_CARDS_KEY, extrasProblem, type StoredExtraCards } from '@/lib/custom-glossary/store';
import { prepareImport } from '@/lib/panel/prepare-import';

const noPause = () => Promise.resolve();
const entry = (id: string, term: string) => ({ id, term, category: 'begreber', summary: `${term}.` });

describe('what is stored is checked again before it is used', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('leaves out a stored 300,000-character term at once, keeps it listed with the reason, and uses the rest', async () => {
    const started = performance.now();
    const checked = await checkStoredEntries([entry('big-term', `T${'x'.repeat(300_000)}`), entry('lokalt', 'Lokalt begreb'), 'ikke et opslag'], new Set(), noPause);
    expect(performance.now() - started).toBeLessThan(500);
    expect(checked.entries.map((item) => item.id)).toEqual(['lokalt']);
    expect(checked.unusable.map((item) => [item.id, item.errors[0]])).toEqual([
      ['big-term', 'Opslaget "big-term", feltet "term": er for lang: højst 120 tegn (her 300.001)'],
      ['opslag 3', expect.stringContaining('Opslaget "opslag 3"')],
    ]);
  });

  it('keeps a stored entry with a built-in id apart, as pages see it', async () => {
    const checked = await checkStoredEntries([entry('fleksjob', 'Vores fleksjob')], new Set(['fleksjob']), noPause);
    expect(checked.entries.map((item) => item.id)).toEqual(['egen-fleksjob']);
  });

  it('publishes the usable entries for pages while a stored long term is left out', async () => {
    await fakeBrowser.storage.local.set({ customEntries: [entry('big-term', `T${'x'.repeat(300_000)}`), entry('lokalt', 'Lokalt begreb')] });
    publishExtras(compiledGlossary);
    await vi.waitFor(async () => {
      const cards = (await fakeBrowser.storage.local.get(EXTRA_CARDS_KEY))[EXTRA_CARDS_KEY] as StoredExtraCards | undefined;
      expect(cards?.map((card) => card.id)).toEqual(['lokalt']);
    });
  });

  it('reports a write that fails to the panel, not only to the console', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await fakeBrowser.storage.local.set({ customEntries: [entry('lokalt', 'Lokalt begreb')] });
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('Resource::kQuotaBytes quota exceeded'));
    publishExtras(compiledGlossary);
    await vi.waitFor(async () => {
      expect(await extrasProblem.getValue()).toBe('Der er ikke plads i browserens lager på denne computer (Resource::kQuotaBytes quota exceeded).');
    });
  });
});

describe('the built-in-id check does not wait for the policy store', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('keeps "fleksjob" apart as "egen-fleksjob" while storage.managed has not answered', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockReturnValue(new Promise(() => undefined));
    const file = new File([JSON.stringify([entry('fleksjob', 'Vores fleksjob')])], 'fleksjob.json');
    const prepared = await prepareImport(file, new Set(compiledGlossary.names.map((name) => name.entryId)));
    expect(prepared.preview.added.map((item) => item.id)).toEqual(['egen-fleksjob']);
    expect(prepared.preview.conflicts).toEqual([{ id: 'fleksjob', with: 'built-in', renamedTo: 'egen-fleksjob' }]);
  });
});
