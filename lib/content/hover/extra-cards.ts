import { browser } from 'wxt/browser';
import { EXTRA_CARDS_KEY, type StoredExtraCards } from '../../custom-glossary/store';
import type { ExtraCard } from '../../custom-glossary/extra-glossary';

let cards: Promise<Map<string, ExtraCard>> | undefined;
let listening = false;

/** The hover card of an entry that is not built in: read from storage the first time one is asked for. */
export function extraCard(id: string): Promise<ExtraCard | undefined> {
  if (!listening) {
    listening = true;
    browser.storage.onChanged.addListener((changes, area) => {
      if (area === 'local' && EXTRA_CARDS_KEY in changes) cards = undefined;
    });
  }
  cards ??= browser.storage.local
    .get(EXTRA_CARDS_KEY)
    .then((stored) => new Map(((stored[EXTRA_CARDS_KEY] ?? []) as StoredExtraCards).map((card) => [card.id, card])))
    .catch(() => new Map<string, ExtraCard>());
  return cards.then((map) => map.get(id));
}
