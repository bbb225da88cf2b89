import { browser } from 'wxt/browser';
import { customEntries, EXTRA_CARDS_KEY, EXTRA_GLOSSARY_KEY, type StoredExtraGlossary } from '../custom-glossary/store';
import { compileExtras, glossaryStamp } from '../custom-glossary/extra-glossary';
import type { CompiledGlossary } from '../matcher/compile-glossary';
import { readExtraEntries } from '../policy/extra-entries';
import { watchManagedPolicy } from '../policy/managed-policy';

const pause = () =>
  new Promise<void>((resume) => {
    setTimeout(resume, 0);
  });

/**
 * Keeps the content scripts' glossary current: the built-in one merged with the organisation's
 * entries (managed policy) and the caseworker's own, compiled here, once, whenever either changes,
 * so that a page only reads the result.
 */
export function publishExtras(base: CompiledGlossary): void {
  const builtIn = new Set(base.names.map((name) => name.entryId));
  let queue = Promise.resolve();
  const publish = async () => {
    const { extras } = await readExtraEntries(builtIn);
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
