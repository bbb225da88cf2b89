import { browser } from 'wxt/browser';
import { customEntries, EXTRA_CARDS_KEY, EXTRA_GLOSSARY_KEY, extrasProblem, type StoredExtraGlossary } from '../custom-glossary/store';
import { compileExtras, glossaryStamp } from '../custom-glossary/extra-glossary';
import { describeStorageError } from '../custom-glossary/room';
import type { CompiledGlossary } from '../matcher/compile-glossary';
import { readExtraEntries } from '../policy/extra-entries';
import { watchManagedPolicy } from '../policy/managed-policy';
import { nextTask } from '../tasks/slices';

/**
 * Keeps the content scripts' glossary current: the built-in one merged with the organisation's
 * entries (managed policy) and the caseworker's own, compiled here, once, whenever either changes,
 * so that a page only reads the result. Every step in slices of 8 ms: the service worker keeps
 * answering while 5,000 entries compile. What cannot be written (a full disk) is reported to the
 * panel (`extrasProblem`), never only to the console; the pages keep the last merge that was written.
 */
export function publishExtras(base: CompiledGlossary): void {
  const builtIn = new Set(base.names.map((name) => name.entryId));
  let queue = Promise.resolve();
  const publish = async () => {
    const { extras } = await readExtraEntries(builtIn, nextTask);
    if (extras.length === 0) {
      await browser.storage.local.remove([EXTRA_GLOSSARY_KEY, EXTRA_CARDS_KEY]);
      await extrasProblem.setValue(null);
      return;
    }
    const { compiled, cards } = await compileExtras(base, extras, nextTask);
    const stored: StoredExtraGlossary = { stamp: glossaryStamp(base), compiled };
    await browser.storage.local.set({ [EXTRA_GLOSSARY_KEY]: stored, [EXTRA_CARDS_KEY]: cards });
    await extrasProblem.setValue(null);
  };
  const schedule = () => {
    queue = queue.then(publish).catch(async (error: unknown) => {
      console.error('Metodelup: de ekstra opslag kunne ikke gøres klar', error);
      await extrasProblem.setValue(describeStorageError(error)).catch(() => undefined);
    });
  };
  schedule();
  customEntries.watch(schedule);
  watchManagedPolicy(schedule);
}
