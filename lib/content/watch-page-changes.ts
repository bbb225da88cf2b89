import { blockOf, isBlock } from '../page/skip-rules';

/** Wait this long after the last change before rescanning: pages that stream content settle first. */
export const SETTLE_MS = 250;
/**
 * But never longer than this after the first change waiting: a page that changes something every
 * frame (a clock, a chat's typing indicator) would otherwise put the rescan off for ever.
 */
export const MAX_WAIT_MS = 300;
/** Past this many changed subtrees in one batch a whole-page rescan is cheaper than sorting them out. */
export const HUGE_BATCH = 400;

export interface PageChanges {
  /** The roots to rescan, none inside another; or `'all'` after a huge batch. */
  roots: Node[] | 'all';
}

/**
 * One debounced MutationObserver per watched root (the document body, and each open shadow root).
 * Collects the smallest subtrees that changed and hands them over once the page has settled.
 */
export function watchPageChanges(options: {
  onChanges: (changes: PageChanges) => void;
  ignore: (node: Node) => boolean;
  /** Changes that cannot change what is marked (see quiet-change.ts): no rescan, no timer. */
  quiet?: (mutation: MutationRecord) => boolean;
  /** Called for every batch of changes, whatever they are (the page is live). */
  onAnyChange?: () => void;
  setTimer: (callback: () => void, ms: number) => number;
  clearTimer: (id: number) => void;
  /** The clock, in milliseconds (tests hand in their own). */
  now?: () => number;
}) {
  const now = options.now ?? (() => performance.now());
  const pending = new Set<Node>();
  let huge = false;
  let timer: number | undefined;
  /** When the oldest change still waiting was seen. */
  let waitingSince = 0;
  const observers: MutationObserver[] = [];

  const flush = () => {
    timer = undefined;
    const roots = huge ? 'all' : outermost([...pending]);
    pending.clear();
    huge = false;
    if (roots === 'all' || roots.length > 0) options.onChanges({ roots });
  };

  const record = (mutations: MutationRecord[]) => {
    options.onAnyChange?.();
    // Only a batch that brings something to rescan (re)starts the wait.
    let relevant = false;
    for (const mutation of mutations) {
      if (options.ignore(mutation.target) || options.quiet?.(mutation)) continue;
      if (mutation.type === 'childList' && mutation.removedNodes.length === 0) {
        // Added blocks are rescanned on their own; added inline content with its block.
        for (const node of mutation.addedNodes) {
          if (options.ignore(node)) continue;
          pending.add(isBlock(node) ? node : blockAround(mutation.target));
          relevant = true;
        }
      } else {
        pending.add(blockAround(mutation.target));
        relevant = true;
      }
    }
    if (!relevant) return;
    if (pending.size > HUGE_BATCH) huge = true;
    const at = now();
    if (timer === undefined) {
      waitingSince = at;
    } else {
      // Settling again would pass the longest wait: the rescan already asked for stands.
      if (at - waitingSince + SETTLE_MS > MAX_WAIT_MS) return;
      options.clearTimer(timer);
    }
    timer = options.setTimer(flush, SETTLE_MS);
  };

  return {
    observe(root: Node) {
      const observer = new MutationObserver(record);
      // `open` and `hidden`: a <details> opened, a hidden part shown; its text is read then.
      observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['open', 'hidden'] });
      observers.push(observer);
    },
    /** Drops the records of changes the extension made itself (the `<mark>` fallback). */
    discardPending() {
      for (const observer of observers) observer.takeRecords();
    },
    disconnect() {
      for (const observer of observers.splice(0)) observer.disconnect();
      if (timer !== undefined) options.clearTimer(timer);
    },
  };
}


/** The block around a changed node (itself, if it is one): a term can span a block's inline elements, never more. */
function blockAround(node: Node): Node {
  if (isBlock(node)) return node;
  const root = node.getRootNode();
  const block = blockOf(node, root);
  // Up to the document's own element, never the document or a shadow root: those are rescanned whole.
  return block === root ? (root.nodeType === 9 ? ((root as Document).body ?? node) : root) : block;
}

/** Keeps only nodes that no other node in the list contains. */
function outermost(nodes: Node[]): Node[] {
  const connected = nodes.filter((node) => node.isConnected);
  return connected.filter((node) => !connected.some((other) => other !== node && other.contains(node)));
}
