import type { FoundTerm } from '../page/find-terms';

/** Highlight names in `CSS.highlights`; every one begins with "metodelup". */
export const HIGHLIGHT_NAME = 'metodelup-term';

/** Paints found terms; either the CSS Custom Highlight API or, without it, `<mark>` elements. */
export interface Painter {
  add(found: readonly FoundTerm[]): void;
  /** Forgets the terms whose text lies inside one of `roots` or has left the document. */
  removeWithin(roots: readonly Node[]): void;
  /** Entry id → occurrences painted now. */
  counts(): Record<string, number>;
  /** Removes every trace from the page. */
  clear(): void;
}

/**
 * The page's DOM is never touched: each term is a StaticRange (no live-range upkeep on every DOM
 * change) in one Highlight, styled by `::highlight(metodelup-term)` from the content script's CSS.
 */
export function createHighlightPainter(registry: HighlightRegistry): Painter {
  const highlight = new Highlight();
  const entryOf = new Map<AbstractRange, string>();
  registry.set(HIGHLIGHT_NAME, highlight);

  return {
    add(found) {
      for (const term of found) {
        const range = new StaticRange({
          startContainer: term.start.node,
          startOffset: term.start.offset,
          endContainer: term.end.node,
          endOffset: term.end.offset,
        });
        entryOf.set(range, term.entryId);
        highlight.add(range);
      }
    },
    removeWithin(roots) {
      const inside = insideAny(roots);
      for (const range of entryOf.keys()) {
        const node = range.startContainer;
        if (!node.isConnected || inside(node)) {
          entryOf.delete(range);
          highlight.delete(range);
        }
      }
    },
    counts() {
      const counts: Record<string, number> = {};
      for (const entryId of entryOf.values()) counts[entryId] = (counts[entryId] ?? 0) + 1;
      return counts;
    },
    clear() {
      if (registry.get(HIGHLIGHT_NAME) === highlight) registry.delete(HIGHLIGHT_NAME);
      highlight.clear();
      entryOf.clear();
    },
  };
}

/** A test for "inside one of these roots" that costs one walk up the tree, however many roots. */
export function insideAny(roots: readonly Node[]): (node: Node) => boolean {
  const set = new Set(roots);
  return (node) => {
    for (let current: Node | null = node; current; current = current.parentNode) if (set.has(current)) return true;
    return false;
  };
}
