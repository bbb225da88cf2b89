import compiledGlossary from 'virtual:metodelup-glossary/matcher';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { loadPageMatcher } from '@/lib/content/extra-matcher';
import { organisationAllows } from '@/lib/content/policy-gate';
import { startHighlighter } from '@/lib/content/highlighter';
import { loadCardView } from '@/lib/content/hover/load-card-view';
import { showHoverCards } from '@/lib/content/hover/show-hover-cards';
import { watchAddress } from '@/lib/content/watch-address';
import { onMessage, sendToBackground } from '@/lib/messages';
import './highlight.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  // The ::highlight styles go in through the manifest: the page's DOM and stylesheets stay as they are.
  cssInjectionMode: 'manifest',
  // WXT would otherwise announce every start to the page with window.postMessage, naming the
  // extension's id: the page's scripts would hear it, and could tell the extension is there.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    try {
      // IT's managed policy first: on a site it lists, no text is read at all. A policy that turns
      // the page off while it is open stops everything (the context's clean-up clears the marks).
      const organisation = await organisationAllows(location.hostname, () => {
        ctx.abort('Metodelup: turned off here by the organisation');
      });
      ctx.onInvalidated(organisation.stop);
      if (!organisation.allowed || ctx.isInvalid) return;
      // The built-in glossary, merged with the organisation's and the caseworker's own entries.
      // They change while the page is open: it is then highlighted afresh.
      const onExtrasChange: { rescan?: () => void } = {};
      const matcher = await loadPageMatcher(compiledGlossary, () => {
        onExtrasChange.rescan?.();
      });
      ctx.onInvalidated(() => {
        matcher.stop();
      });
      if (ctx.isInvalid) return;
      const highlighter = startHighlighter({
        document,
        matcher,
        ctx,
        onCounts: (counts) => {
          void sendToBackground({ type: 'page-terms', counts }).catch(() => undefined);
        },
      });
      onExtrasChange.rescan = () => {
        highlighter.rescanAll();
      };
      // A single-page app that changes its address has a new page: count it afresh.
      watchAddress(ctx, window, () => {
        highlighter.rescanAll();
      });
      const hoverCards = showHoverCards({
        ctx,
        document,
        termAtPoint: highlighter.termAtPoint,
        onReadMore: (entryId) => {
          void sendToBackground({ type: 'open-entry', entryId }).catch(() => undefined);
        },
        loadCardView,
      });
      // The panel's "På denne side" and the keyboard route talk to the top frame.
      if (window === window.top) {
        ctx.onInvalidated(onMessage('reveal-term', ({ entryId }) => highlighter.reveal(entryId)));
        let lastShown: AbstractRange | undefined;
        ctx.onInvalidated(
          onMessage('show-next-term', () => {
            const term = highlighter.termAfter(hoverCards.current()?.range ?? lastShown);
            lastShown = term?.range;
            if (term) hoverCards.showFor(term, highlighter.refresh);
          }),
        );
      }
    } catch (error) {
      console.debug('Metodelup: highlighting is off on this page', error);
    }
  },
});
