import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createCardView } from '@/lib/content/hover/card-view';

// Loaded by the content script with import() the first time a hover card shows
// (lib/content/hover/load-card-view.ts): it runs in the content script's world and hands over
// the card view there.
export default defineUnlistedScript(() => {
  (globalThis as { metodelupCardView?: typeof createCardView }).metodelupCardView = createCardView;
});
