import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PaintedTerm } from '../highlight-painter';
import type { CardView, CreateCardView } from './card-view';
import type { ProvisionTarget } from './reference-card';

/** Rest the pointer this long on a term before its card shows; leave term and card this long before it goes. */
export const SHOW_DELAY_MS = 300;
export const HIDE_DELAY_MS = 250;

interface Options {
  ctx: ContentScriptContext;
  document: Document;
  termAtPoint: (x: number, y: number) => PaintedTerm | undefined;
  onReadMore: (entryId: string) => void;
  /** "Jeg kender dette begreb": stop marking the entry everywhere. */
  onKnown: (entryId: string) => void;
  /** "Gå til § 7 a" on a reference's card. */
  onGoTo: (target: ProvisionTarget) => void;
  /** The code that draws the card, loaded when the first card is to show. */
  loadCardView: () => Promise<CreateCardView>;
}

/**
 * The hover card: hit-tests the pointer against the painted terms at most once a frame, with the
 * latest position, shows the card beside the term after a rest, keeps it while the pointer is on
 * the card, and closes it on leaving, Escape or scrolling. Drawing is left to a {@link CardView},
 * loaded the first time a card is to show.
 */
export function showHoverCards({ ctx, document, termAtPoint, onReadMore, onKnown, onGoTo, loadCardView }: Options) {
  let view: CardView | undefined;
  let loading: Promise<CardView | undefined> | undefined;
  let shown: PaintedTerm | undefined;
  let waiting: PaintedTerm | undefined;
  let showTimer: number | undefined;
  let hideTimer: number | undefined;
  let pointer: { x: number; y: number; onCard: boolean } | undefined;
  let frameAsked = false;
  /** Scrolling closes the card, except the scrolling the keyboard route itself does. */
  let keepOnScrollUntil = 0;

  // A card that cannot load (the extension was just updated, say) is a page without cards, never
  // an error thrown at the page.
  const viewNow = () =>
    (loading ??= loadCardView()
      .then((create) => (view = create(ctx, document)))
      .catch((error: unknown) => {
        console.debug('Metodelup: hover cards are off on this page', error);
        return undefined;
      }));

  const clear = (timer: number | undefined) => {
    if (timer !== undefined) clearTimeout(timer);
  };

  const hide = () => {
    clear(showTimer);
    clear(hideTimer);
    showTimer = hideTimer = undefined;
    waiting = undefined;
    shown = undefined;
    view?.hide();
  };

  const show = async (term: PaintedTerm) => {
    const drawn = await viewNow();
    if (!drawn || ctx.isInvalid) return;
    shown = term;
    const onScreen = await drawn
      .show(term, {
        readMore: (entryId) => {
          onReadMore(entryId);
          hide();
        },
        known: (entryId) => {
          onKnown(entryId);
          hide();
        },
        goTo: (target) => {
          hide();
          onGoTo(target);
        },
      })
      .catch(() => false);
    if (!onScreen && shown === term) shown = undefined;
    // Closed while it was being drawn.
    else if (!shown) drawn.hide();
  };

  const check = () => {
    frameAsked = false;
    if (!pointer) return;
    if (pointer.onCard) {
      clear(hideTimer);
      hideTimer = undefined;
      return;
    }
    const term = termAtPoint(pointer.x, pointer.y);
    if (term && shown && term.range === shown.range) {
      clear(hideTimer);
      hideTimer = undefined;
      return;
    }
    if (term) {
      if (waiting?.range === term.range) return;
      clear(showTimer);
      waiting = term;
      showTimer = ctx.setTimeout(() => {
        waiting = undefined;
        void show(term);
      }, SHOW_DELAY_MS);
      return;
    }
    clear(showTimer);
    showTimer = undefined;
    waiting = undefined;
    if (shown && hideTimer === undefined) hideTimer = ctx.setTimeout(hide, HIDE_DELAY_MS);
  };

  ctx.addEventListener(
    document,
    'pointermove',
    (event) => {
      pointer = { x: event.clientX, y: event.clientY, onCard: !!view && view.holds(event.composedPath()) };
      if (frameAsked) return;
      frameAsked = true;
      ctx.requestAnimationFrame(check);
    },
    { capture: true, passive: true },
  );
  ctx.addEventListener(document, 'keydown', (event) => {
    if (event.key === 'Escape' && shown) hide();
  });
  ctx.addEventListener(
    document.defaultView ?? window,
    'scroll',
    () => {
      if (shown && performance.now() > keepOnScrollUntil) hide();
    },
    { capture: true, passive: true },
  );
  ctx.onInvalidated(hide);
  return {
    hide,
    /** The term whose card is open. */
    current: () => shown,
    /** The keyboard route: scroll a term into view and show its card at once. */
    showFor(term: PaintedTerm, beforeShowing?: () => void) {
      hide();
      keepOnScrollUntil = performance.now() + 500;
      const element = term.range.startContainer.parentElement;
      element?.scrollIntoView({ block: 'center', behavior: 'instant' });
      ctx.requestAnimationFrame(() => {
        beforeShowing?.();
        void show(term);
      });
    },
  };
}
