import { computePosition, flip, offset, shift } from '@floating-ui/dom';
import { render } from 'preact';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { HoverCard } from '@/components/HoverCard';
import type { CardData } from '../../glossary/card-data';
import type { PaintedTerm } from '../highlight-painter';
import cardCss from './hover-card.css?inline';
import { liveRange } from './term-at-point';

/** Rest the pointer this long on a term before its card shows; leave term and card this long before it goes. */
export const SHOW_DELAY_MS = 300;
export const HIDE_DELAY_MS = 250;

interface Options {
  ctx: ContentScriptContext;
  document: Document;
  cards: () => ReadonlyMap<string, CardData>;
  termAtPoint: (x: number, y: number) => PaintedTerm | undefined;
  onReadMore: (entryId: string) => void;
}

/**
 * The hover card: hit-tests the pointer against the painted terms at most once a frame, with the
 * latest position, shows the card beside the term after a rest, keeps it while the pointer is on
 * the card, and closes it on leaving, Escape or scrolling. The card lives in a shadow root that is
 * added to the page only the first time a card shows, after the body (so `body` stays as it was).
 */
export function showHoverCards({ ctx, document, cards, termAtPoint, onReadMore }: Options) {
  let ui: ShadowRootContentScriptUi<HTMLElement> | undefined;
  let mounting: Promise<ShadowRootContentScriptUi<HTMLElement>> | undefined;
  let shown: PaintedTerm | undefined;
  let waiting: PaintedTerm | undefined;
  let showTimer: number | undefined;
  let hideTimer: number | undefined;
  let pointer: { x: number; y: number; onCard: boolean } | undefined;
  let frameAsked = false;
  /** Scrolling closes the card, except the scrolling the keyboard route itself does. */
  let keepOnScrollUntil = 0;

  const mount = () =>
    (mounting ??= createShadowRootUi(ctx, {
      name: 'metodelup-hover-card',
      position: 'inline',
      anchor: document.documentElement,
      append: 'last',
      css: cardCss,
      mode: 'open',
      isolateEvents: ['keydown', 'keyup', 'keypress', 'pointermove'],
      onMount: (container) => container,
      onRemove: (container) => {
        if (container) render(null, container);
      },
    }).then((created) => {
      created.mount();
      ui = created;
      return created;
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
    if (ui?.mounted) render(null, ui.mounted);
  };

  const show = async (term: PaintedTerm) => {
    const card = cards().get(term.entryId);
    if (!card) return;
    const { mounted: container } = await mount();
    if (!container || ctx.isInvalid) return;
    shown = term;
    render(
      <HoverCard
        card={card}
        onReadMore={() => {
          onReadMore(card.id);
          hide();
        }}
      />,
      container,
    );
    const floating = container.querySelector<HTMLElement>('.card');
    if (!floating) return;
    const reference = {
      getBoundingClientRect: () => liveRange(document, term.range).getBoundingClientRect(),
      getClientRects: () => liveRange(document, term.range).getClientRects(),
    };
    // Below the term, or above where there is no room: never over it, always inside the viewport.
    const { x, y } = await computePosition(reference, floating, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
    });
    floating.style.left = `${x}px`;
    floating.style.top = `${y}px`;
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
      pointer = { x: event.clientX, y: event.clientY, onCard: !!ui && event.composedPath().includes(ui.shadowHost) };
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
