import compiledGlossary from 'virtual:metodelup-glossary/matcher';
import kinds from 'virtual:metodelup-glossary/kinds';
import actsByEli from 'virtual:metodelup-acts/eli';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { isFieldHost } from '@/lib/acts';
import { afterLoad } from '@/lib/content/after-load';
import { loadPageMatcher } from '@/lib/content/extra-matcher';
import { goToProvision } from '@/lib/content/go-to-provision';
import { controlPage } from '@/lib/content/page-controller';
import { pageIdentity } from '@/lib/content/page-identity';
import type { PageAct } from '@/lib/messages';
import { loadCardView } from '@/lib/content/hover/load-card-view';
import { showHoverCards } from '@/lib/content/hover/show-hover-cards';
import { watchAddress } from '@/lib/content/watch-address';
import { answerPageHost, onMessage, sendToBackground } from '@/lib/messages';
import { getSettings, hostOf, updateSettings } from '@/lib/settings';
import './highlight.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  matchAboutBlank: true,
  // Before the page is parsed, so that the reader's first screen is marked right after the page's
  // first frame — a long page paints it long before it is all parsed (lib/content/highlighter.ts);
  // the rest of the page is read after its load.
  runAt: 'document_start',
  // The ::highlight styles go in through the manifest: the page's DOM and stylesheets stay as they are.
  cssInjectionMode: 'manifest',
  // WXT would otherwise announce every start to the page with window.postMessage, naming the
  // extension's id: the page's scripts would hear it, and could tell the extension is there.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    try {
      // The settings are asked for at once, alongside the glossary: each is a round trip to the
      // browser while the page is being parsed, and the first screen waits for both.
      const settings = getSettings();
      // The built-in glossary, merged with the organisation's and the caseworker's own entries
      // (compiled by the background; one storage read). When they change, the page is read afresh.
      const matcher = await loadPageMatcher(compiledGlossary, () => {
        page.current()?.rescanAll();
      });
      ctx.onInvalidated(() => {
        matcher.stop();
      });
      if (ctx.isInvalid) return;
      // The act the page holds (and which of its documents), asked once per address.
      let identity: { act?: PageAct } | undefined;
      const pageAct = () =>
        (identity ??= { act: pageIdentity(document, actsByEli, (text) => matcher.find(text).map((match) => match.entryId)) }).act;
      const top = window === window.top;
      // The settings in force — the user's and the organisation's (managed policy) — decide
      // whether this page is read at all; see lib/content/page-controller.ts.
      const page = controlPage({
        ctx,
        document,
        matcher,
        kinds,
        settings,
        report: afterLoad(ctx, window, ({ counts, state }) => {
          const act = top ? pageAct() : undefined;
          void sendToBackground({ type: 'page-terms', counts, ...(state ? { state } : {}), ...(act ? { act } : {}) }).catch(() => undefined);
        }),
        onStopped: () => {
          hoverCards.hide();
        },
        // The act the page holds chooses the sense of a word several acts use (lib/acts).
        readPage: () => {
          const act = pageAct()?.id;
          return { act, field: act !== undefined || isFieldHost(location.hostname) };
        },
      });
      // A single-page app that changes its address has a new page: count it afresh.
      watchAddress(ctx, window, () => {
        identity = undefined;
        page.current()?.rescanAll(true);
      });
      const hoverCards = showHoverCards({
        ctx,
        document,
        termAtPoint: (x, y) => page.current()?.termAtPoint(x, y),
        onReadMore: (entryId) => {
          void sendToBackground({ type: 'open-entry', entryId }).catch(() => undefined);
        },
        onKnown: (entryId) => {
          void updateSettings((settings) => ({ knownEntries: [...new Set([...settings.knownEntries, entryId])] }));
        },
        onGoTo: (target) => {
          goToProvision(ctx, window, target, (range) => page.current()?.revealRange(range) ?? false);
        },
        loadCardView,
      });
      ctx.onInvalidated(
        onMessage('pause-page', ({ paused }) => {
          page.setPaused(paused);
        }),
      );
      // The panel's "På denne side" and the keyboard route talk to the top frame.
      if (top) {
        ctx.onInvalidated(answerPageHost(hostOf(location.href)));
        ctx.onInvalidated(onMessage('reveal-term', ({ entryId }) => page.current()?.reveal(entryId)));
        let lastShown: AbstractRange | undefined;
        ctx.onInvalidated(
          onMessage('show-next-term', () => {
            const highlighter = page.current();
            const term = highlighter?.termAfter(hoverCards.current()?.range ?? lastShown);
            lastShown = term?.range;
            if (term && highlighter) hoverCards.showFor(term, highlighter.refresh);
          }),
        );
      }
    } catch (error) {
      console.debug('Metodelup: highlighting is off on this page', error);
    }
  },
});
