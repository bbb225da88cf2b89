import type { VNode } from 'preact';
import { OtherActCard, ProvisionCard } from '@/components/ReferenceCard';
import type { ActRecord } from '@/lib/acts/schema';
import { indexProvisions, type FoundProvision, type ProvisionIndex } from '../../page/provisions';
import type { PaintedTerm } from '../highlight-painter';

/** Where "Gå til" goes: the provision's blocks, and the id to put in the address where the page has one. */
export type ProvisionTarget = Pick<FoundProvision, 'range' | 'anchor'>;

/**
 * The cards of references to provisions: one into another act of the register names the act and
 * links its current consolidation; one into this page's act shows the provision from the page
 * (indexed the first time a card asks, again when the page has replaced what was indexed). No card
 * where the page does not hold the provision: never a wrong one.
 */
export function referenceCards(document: Document, acts: ReadonlyMap<string, ActRecord>) {
  let index: ProvisionIndex | undefined;
  const provisions = () => (index?.current ? index : (index = indexProvisions(document)));
  return (term: PaintedTerm, goTo: ((target: ProvisionTarget) => void) | undefined): VNode | undefined => {
    const reference = term.reference;
    if (!reference) return undefined;
    if (reference.act !== undefined) {
      const act = acts.get(reference.act);
      return act ? <OtherActCard act={act} provision={reference.provision} /> : undefined;
    }
    const found = provisions().find(term.range.startContainer, reference.provision);
    if (!found) return undefined;
    return <ProvisionCard found={found} onGoTo={() => goTo?.(found)} />;
  };
}
