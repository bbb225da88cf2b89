import { computePosition, flip, offset, shift } from '@floating-ui/dom';
import cardList from 'virtual:metodelup-glossary/cards';
import register from 'virtual:metodelup-acts';
import { render } from 'preact';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ActCard } from '@/components/ActCard';
import { HoverCard } from '@/components/HoverCard';
import { actOf } from '@/lib/acts';
import type { CardData } from '@/lib/glossary/card-data';
import type { PaintedTerm } from '../highlight-painter';
import cardCss from './hover-card.css?inline';
import { liveRange } from '../live-range';
import { extraCard } from './extra-cards';
import { referenceCards, type ProvisionTarget } from './reference-card';

/** What the card's buttons do. */
export interface CardActions {
  /** "Læs mere": the entry in the side panel. */
  readMore: (entryId: string) => void;
  /** "Jeg kender dette begreb": stop marking the entry everywhere. */
  known?: (entryId: string) => void;
  /** "Gå til § 7 a": scroll to the provision, flash it, and let Back return. */
  goTo?: (target: ProvisionTarget) => void;
}

/** What draws the card: loaded the first time a card is to show (see load-card-view.ts). */
export interface CardView {
  /** Draws the term's card beside it; false when there is none or the page's context has gone. */
  show(term: PaintedTerm, actions: CardActions): Promise<boolean>;
  hide(): void;
  /** Whether an event's path runs through the card. */
  holds(path: readonly EventTarget[]): boolean;
}

export type CreateCardView = (ctx: ContentScriptContext, document: Document) => CardView;

/**
 * The card lives in a shadow root that is added to the page the first time a card shows, after the
 * body (so `body` stays as it was); it is placed by @floating-ui/dom below the term, or above where
 * there is no room: never over it, always inside the viewport.
 */
export const createCardView: CreateCardView = (ctx, document) => {
  // The card texts come with this code, not with the content script: most pages never show a card.
  const cards = new Map(cardList.map((card) => [card.id, card]));
  const acts = new Map(register.acts.map((act) => [act.id, act]));
  const actName = (id: string) => acts.get(id)?.shortName;
  const referenceCard = referenceCards(document, acts);
  const cardOf = async (id: string): Promise<CardData | undefined> => cards.get(id) ?? (await extraCard(id));
  let ui: ShadowRootContentScriptUi<HTMLElement> | undefined;
  let mounting: Promise<ShadowRootContentScriptUi<HTMLElement>> | undefined;

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

  return {
    async show(term, { readMore: onReadMore, known: onKnown, goTo }) {
      const act = actOf(term.entryId);
      const actRecord = act ? acts.get(act) : undefined;
      const cited = term.reference ? referenceCard(term, goTo) : undefined;
      const card = actRecord || term.reference ? undefined : await cardOf(term.entryId);
      if (!actRecord && !card && !cited) return false;
      // The senses the page's word shares, and any other entry that shares a name with this one.
      const otherIds = [...new Set([...(term.alternatives ?? []), ...(card?.senses ?? [])])];
      const others = (await Promise.all(otherIds.map(cardOf))).filter((other): other is CardData => !!other);
      const { mounted: container } = await mount();
      if (!container || ctx.isInvalid) return false;
      const reference = {
        getBoundingClientRect: () => liveRange(document, term.range).getBoundingClientRect(),
        getClientRects: () => liveRange(document, term.range).getClientRects(),
      };
      /** Places the card below the term, or above where there is no room; again after it changes size. */
      const place = async () => {
        const floating = container.querySelector<HTMLElement>('.card');
        if (!floating) return;
        const { x, y } = await computePosition(reference, floating, {
          strategy: 'fixed',
          placement: 'bottom-start',
          middleware: [offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
        });
        floating.style.left = `${x}px`;
        floating.style.top = `${y}px`;
      };
      /** Draws the card with `primary` first; the other senses can take its place in one click. */
      const draw = (primary: CardData) => {
        const rest = [card, ...others].filter((other): other is CardData => !!other && other.id !== primary.id);
        render(
          <HoverCard
            card={primary}
            others={rest}
            undecided={term.undecided === true}
            actName={actName}
            onReadMore={onReadMore}
            onKnown={onKnown}
            onSwitch={(id) => {
              const next = rest.find((other) => other.id === id);
              if (!next) return;
              draw(next);
              void place();
            }}
          />,
          container,
        );
      };
      if (cited) render(cited, container);
      else if (actRecord) render(<ActCard act={actRecord} />, container);
      else if (card) draw(card);
      await place();
      return true;
    },
    hide() {
      if (ui?.mounted) render(null, ui.mounted);
    },
    holds: (path) => !!ui && path.includes(ui.shadowHost),
  };
};
