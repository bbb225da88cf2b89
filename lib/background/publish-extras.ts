import { browser } from 'wxt/browser';
import { customEntries, EXTRA_CARDS_KEY, EXTRA_GLOSSARY_KEY, type StoredExtraGlossary } from '../custom-glossary/store';
import { compileExtras, glossaryStamp, type ExtraEntry } from '../custom-glossary/extra-glossary';
import { keepApart } from '../custom-glossary/keep-apart';
import { OWN_PREFIX } from '../custom-glossary/preview';
import type { CompiledGlossary } from '../matcher/compile-glossary';
import { readManagedPolicy, watchManagedPolicy } from '../policy/managed-policy';

const pause = () =>
  new Promise<void>((resume) => {
    setTimeout(resume, 0);
  });

/**
 * Keeps the content scripts' glossary current: the built-in one merged with the organisation's
 * entries (managed policy) and the caseworker's own, compiled here, once, whenever either changes,
 * so that a page only reads the result. An own entry whose id the organisation's list has is kept
 * apart as "egen-<id>".
 */
export function publishExtras(base: CompiledGlossary): void {
  const builtIn = new Set(base.names.map((name) => name.entryId));
  let queue = Promise.resolve();
  const publish = async () => {
    const policy = await readManagedPolicy({ reservedIds: builtIn });
    const organisation = policy.extraEntries;
    const reserved = new Set([...builtIn, ...organisation.map((entry) => entry.id)]);
    const own = keepApart(await customEntries.getValue(), reserved, OWN_PREFIX).entries;
    const extras: ExtraEntry[] = [
      ...organisation.map((entry) => ({ entry, origin: 'organisation' as const })),
      ...own.map((entry) => ({ entry, origin: 'own' as const })),
    ];
    if (extras.length === 0) {
      await browser.storage.local.remove([EXTRA_GLOSSARY_KEY, EXTRA_CARDS_KEY]);
      return;
    }
    const { compiled, cards } = await compileExtras(base, extras, pause);
    const stored: StoredExtraGlossary = { stamp: glossaryStamp(base), compiled };
    await browser.storage.local.set({ [EXTRA_GLOSSARY_KEY]: stored, [EXTRA_CARDS_KEY]: cards });
  };
  const schedule = () => {
    queue = queue.then(publish).catch((error: unknown) => {
      console.error('Metodelup: de ekstra opslag kunne ikke gøres klar', error);
    });
  };
  schedule();
  customEntries.watch(schedule);
  watchManagedPolicy(schedule);
}
