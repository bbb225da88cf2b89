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
 * The highlighted term under the pointer. There are no elements to hover: `highlightsFromPoint`
 * answers where the browser has it; else the caret position under the pointer is looked up among
 * the painted terms. Either way the term's own boxes must hold the point (the caret is found even
 * beside a line's end).
 */
export function termAtPoint(
  document: Document,
  painter: Painter,
  highlight: Highlight | undefined,
  x: number,
  y: number,
): PaintedTerm | undefined {
  const registry: (HighlightRegistry & HitTestingRegistry) | undefined = typeof CSS !== 'undefined' ? CSS.highlights : undefined;
  if (highlight && typeof registry?.highlightsFromPoint === 'function') {
    const hit = registry.highlightsFromPoint(x, y).find((result) => result.highlight === highlight);
    const range = hit?.ranges[0];
    return range ? painter.termOf(range) : undefined;
  }
  const caret = caretAt(document, y, x);
  const term = caret ? painter.termAt(caret.node, caret.offset) : undefined;
  return term && under(liveRange(document, term.range), x, y) ? term : undefined;
}
