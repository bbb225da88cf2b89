import type { Matcher } from '../matcher/create-matcher';
import type { Painter } from './painter';

const TEXT_NODE = 3;

/**
 * A test for changes that cannot change what is marked: text that held no term replaced by text
 * where no name can begin (a clock, a counter, a typing indicator). Such a change costs a lookup
 * and one pass of the sieve over the changed text, allocates nothing, and starts no rescan. Text nodes only: an element added or removed is
 * rescanned as before.
 */
export function quietChange(painter: Pick<Painter, 'holdsTermIn'>, matcher: Pick<Matcher, 'mayMatch'>) {
  const heldNone = (node: Node) => node.nodeType === TEXT_NODE && !painter.holdsTermIn(node);
  // A § may begin a reference to a provision (lib/acts/references.ts).
  const bringsNone = (node: Node) => heldNone(node) && !matcher.mayMatch((node as Text).data) && !(node as Text).data.includes('§');
  return (mutation: MutationRecord): boolean => {
    if (mutation.type === 'characterData') return bringsNone(mutation.target);
    if (mutation.type !== 'childList') return false;
    for (const node of mutation.addedNodes) if (!bringsNone(node)) return false;
    for (const node of mutation.removedNodes) if (!heldNone(node)) return false;
    return true;
  };
}
