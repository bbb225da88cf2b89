import type { PaintedTerm, Painter } from '../highlight-painter';
import { caretAt } from '../caret-at';
import { liveRange } from '../live-range';

function under(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}

interface HitTestingRegistry {
  highlightsFromPoint?: (x: number, y: number) => { highlight: Highlight; ranges: AbstractRange[] }[];
}

/**
 * The highlighted term (or reference) under the pointer. There are no elements to hover:
 * `highlightsFromPoint` answers where the browser has it and the painter registers ranges; else the caret position under the pointer is looked up among
 * the painted terms. Either way the term's own boxes must hold the point (the caret is found even
 * beside a line's end).
 */
export function termAtPoint(document: Document, painter: Painter, registered: boolean, x: number, y: number): PaintedTerm | undefined {
  const registry: (HighlightRegistry & HitTestingRegistry) | undefined = typeof CSS !== 'undefined' ? CSS.highlights : undefined;
  if (registered && typeof registry?.highlightsFromPoint === 'function') {
    // The painter knows only its own registered ranges (terms and references): any other highlight's are passed over.
    for (const hit of registry.highlightsFromPoint(x, y)) {
      const term = hit.ranges[0] && painter.termOf(hit.ranges[0]);
      if (term) return term;
    }
    return undefined;
  }
  const caret = caretAt(document, y, x);
  const term = caret ? painter.termAt(caret.node, caret.offset) : undefined;
  return term && under(liveRange(document, term.range), x, y) ? term : undefined;
}
