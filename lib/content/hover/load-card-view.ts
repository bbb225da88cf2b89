import { browser } from 'wxt/browser';
import type { CreateCardView } from './card-view';

/** The file the build makes of entrypoints/hover-card.ts, listed as a web-accessible resource. */
export const CARD_VIEW_FILE = '/hover-card.js';

/** Where that script leaves its factory: the content scripts' own global, which pages never see. */
interface CardViewHost {
  metodelupCardView?: CreateCardView;
}

/**
 * The card's code (Preact, the positioning library, the shadow-root UI: most of the content
 * script's size) is loaded the first time a card is to show, not on every page load.
 */
export async function loadCardView(): Promise<CreateCardView> {
  const host = globalThis as CardViewHost;
  if (!host.metodelupCardView) await import(/* @vite-ignore */ browser.runtime.getURL(CARD_VIEW_FILE));
  if (!host.metodelupCardView) throw new Error(`Metodelup: ${CARD_VIEW_FILE} did not load`);
  return host.metodelupCardView;
}
