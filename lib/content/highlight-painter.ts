import type { FoundTerm } from '../page/find-terms';
import { caretAt } from './caret-at';
import { before, holds, Term, type PaintedTerm } from './painted-term';
import type { TermFilter } from './term-filter';

/** Highlight names in `CSS.highlights`; every one begins with "metodelup". */
export const HIGHLIGHT_NAME = 'metodelup-term';
/** The same terms marked with an underline instead of a background (the style setting). */
export const UNDERLINE_NAME = 'metodelup-term-underline';

/**
 * Most ranges registered at once. Chromium rebuilds the markers of every registered range in any
 * frame after the highlights, the DOM or the styles change — about 3 µs a range on this machine
 * class, more on a very long page — and 35,000 ranges made a 230 ms frame on the 16× page. At
 * 2,500 the frames that register the window stayed under 40 ms there.
 */
export const MAX_REGISTERED = 2500;

export interface AddOptions {
  /** The terms lie in a shadow root (outside the document's order). */
  inShadow?: boolean;
  /** The terms come after every term kept: a whole-document scan, which adds in document order. */
  inOrder?: boolean;
}

/** Paints found terms; either the CSS Custom Highlight API or, without it, `<mark>` elements. */
export interface Painter {
  add(found: readonly FoundTerm[], options?: AddOptions): void;
  /** Forgets the terms whose text lies inside one of `roots` or has left the document. */
  removeWithin(roots: readonly Node[]): void;
  /**
   * Brings what is registered in line with what was found and where the reader is. Reads the
   * layout when the page has more terms than are registered: call it after a frame.
   */
  refresh(): void;
  /** Whether `refresh` reads the layout (more terms than are registered at once). */
  readonly windowed: boolean;
  /** Entry id → occurrences found now (registered or not). */
  counts(): Record<string, number>;
  /** The occurrence of an entry after the one returned last time (from the first again at the end). */
  nextOccurrence(entryId: string): AbstractRange | undefined;
  /** The term after `previous` in document order (from the reader's place when none), wrapping. */
  termAfter(previous: AbstractRange | undefined): PaintedTerm | undefined;
  /** The term whose text holds this caret position, if any. */
  termAt(node: Node, offset: number): PaintedTerm | undefined;
  /** The entry a painted range belongs to (for `highlightsFromPoint`'s answers). */
  entryOf(range: AbstractRange): string | undefined;
  /** Removes every trace from the page. */
  clear(): void;
  /** Marks only the terms the filter accepts (all are still found and counted); call refresh after. */
  setFilter(filter: TermFilter | undefined): void;
  /** Registers under another highlight name (another style); call refresh after. */
  setName(name: string): void;
}

export type { PaintedTerm } from './painted-term';

/**
 * The page's DOM is never touched: each term is a StaticRange (no live-range upkeep on every DOM
 * change) in one Highlight, styled by `::highlight(metodelup-term)` from the content script's CSS.
 * Every term found is kept in document order; when there are more than {@link MAX_REGISTERED},
 * those around the reader's position are registered, and the window follows the scrolling.
 */
export function createHighlightPainter(registry: HighlightRegistry, document: Document): Painter {
  let name = HIGHLIGHT_NAME;
  let highlight = new Highlight();
  registry.set(name, highlight);
  let filter: TermFilter | undefined;
  /** Terms of the document's own tree, in document order. */
  let terms: Term[] = [];
  /** Terms in shadow roots: few, and outside document order, so always registered. */
  let shadowTerms: Term[] = [];
  let window: { from: number; to: number } | undefined;
  /** Terms were added or removed since the last refresh. */
  let dirty = false;
  /** The range `nextOccurrence` returned last, per entry. */
  const lastShown = new Map<string, AbstractRange>();
  /** Entry of each registered range: the only ranges `highlightsFromPoint` can answer with. */
  let entryOfRegistered = new Map<AbstractRange, string>();

  /** How many terms of a list in document order, from the first, pass `test` (true for a prefix). */
  const countWhile = (test: (term: Term) => boolean, list: readonly Term[] = terms): number => {
    let low = 0;
    let high = list.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (test(list[middle] as Term)) low = middle + 1;
      else high = middle;
    }
    return low;
  };

  /** Bumped whenever the terms or the filter change: what is marked is worked out once per version. */
  let version = 0;
  let markedNow: { version: number; shown: Term[]; shownShadow: Term[]; set?: Set<Term> } | undefined;
  /**
   * The terms the filter lets through, in their order (the first of each entry where it asks),
   * made once per change of terms or filter: scrolling refreshes every frame, and must not filter
   * the whole page each time.
   */
  const marked = () => {
    if (markedNow?.version === version) return markedNow;
    const current = filter;
    const seen = new Set<string>();
    const pass = (list: Term[]) =>
      current
        ? list.filter((term) => {
            if (!current.accepts(term.entryId)) return false;
            if (!current.firstOnly) return true;
            if (seen.has(term.entryId)) return false;
            seen.add(term.entryId);
            return true;
          })
        : list;
    markedNow = { version, shown: pass(terms), shownShadow: pass(shadowTerms) };
    return markedNow;
  };
  /** Whether a term is marked under the filter. */
  const isMarked = (term: Term): boolean => {
    if (!filter) return true;
    const now = marked();
    now.set ??= new Set([...now.shown, ...now.shownShadow]);
    return now.set.has(term);
  };

  const insert = (term: Term) => {
    const last = terms.at(-1);
    if (!last || before(last.start, term.start)) terms.push(term);
    else terms.splice(countWhile((other) => before(other.start, term.start)), 0, term);
  };

  /** The index in `list` of the first term at or after the reader's position at height `y`. */
  const indexAt = (y: number, list: readonly Term[] = terms): number | undefined => {
    const caret = caretAt(document, y);
    if (!caret) return undefined;
    const probe = { node: caret.node, offset: caret.offset };
    return countWhile((term) => before(term.start, probe), list);
  };

  // A new Highlight with all its ranges in one call: cheaper than adding and deleting one by one,
  // and the browser redraws once either way.
  const register = (wanted: Term[]) => {
    entryOfRegistered = new Map(wanted.map((term) => [term.range, term.entryId]));
    highlight = new Highlight(...wanted.map((term) => term.range));
    registry.set(name, highlight);
    dirty = false;
  };

  return {
    get windowed() {
      const { shown, shownShadow } = marked();
      return shown.length + shownShadow.length > MAX_REGISTERED;
    },
    add(found, options = {}) {
      const kept = options.inShadow ? shadowTerms : terms;
      const append = options.inShadow || options.inOrder || terms.length === 0;
      // The page may have removed text between the walk and now; terms often share a node.
      let checked: Node | undefined;
      let connected = false;
      for (const term of found) {
        if (term.start.node !== checked) {
          checked = term.start.node;
          connected = checked.isConnected;
        }
        if (!connected) continue;
        const item = new Term(term.entryId, term.start, term.end);
        if (append) kept.push(item);
        else insert(item);
      }
      if (found.length > 0) {
        dirty = true;
        version += 1;
      }
    },
    removeWithin(roots) {
      const inside = insideAny(roots);
      const stays = (term: Term) => term.start.node.isConnected && !inside(term.start.node);
      const before = terms.length + shadowTerms.length;
      terms = terms.filter(stays);
      shadowTerms = shadowTerms.filter(stays);
      if (terms.length + shadowTerms.length !== before) {
        dirty = true;
        version += 1;
      }
    },
    refresh() {
      const { shown, shownShadow } = marked();
      if (shown.length + shownShadow.length <= MAX_REGISTERED) {
        window = undefined;
        if (dirty) register([...shown, ...shownShadow]);
        return;
      }
      const top = indexAt(0, shown) ?? window?.from ?? 0;
      const bottom = indexAt(document.documentElement.clientHeight - 1, shown) ?? top;
      const room = Math.max(0, MAX_REGISTERED - shownShadow.length - (bottom - top));
      // Re-window only when the reader has moved a quarter of the margin: each change costs a frame.
      if (!dirty && window && top - window.from >= room / 4 && window.to - bottom >= room / 4) return;
      const from = Math.max(0, Math.min(top - Math.floor(room / 2), shown.length - MAX_REGISTERED + shownShadow.length));
      const to = Math.min(shown.length, from + MAX_REGISTERED - shownShadow.length);
      window = { from, to };
      register([...shown.slice(from, to), ...shownShadow]);
    },
    nextOccurrence(entryId) {
      const all = [...terms, ...shadowTerms].filter((term) => term.entryId === entryId);
      const previous = lastShown.get(entryId);
      const after = previous ? all.findIndex((term) => term.is(previous)) + 1 : 0;
      const next = all[after % Math.max(1, all.length)];
      if (next) lastShown.set(entryId, next.range);
      return next?.range;
    },
    termAfter(previous) {
      const { shown, shownShadow } = marked();
      if (shown.length === 0) return shownShadow[0];
      const index = previous ? shown.findIndex((term) => term.is(previous)) : -1;
      const next = index >= 0 ? index + 1 : (indexAt(0, shown) ?? 0);
      return shown[next % shown.length];
    },
    termAt(node, offset) {
      const probe = { node, offset };
      // The last term starting at or before the position is the only one that can hold it.
      const startedBefore = countWhile((term) => !before(probe, term.start));
      const candidates = [terms[startedBefore - 1], ...shadowTerms].filter((term): term is Term => term !== undefined);
      return candidates.find((term) => holds(document, term.range, node, offset) && isMarked(term));
    },
    entryOf: (range) => entryOfRegistered.get(range),
    counts() {
      const counts: Record<string, number> = {};
      for (const { entryId } of terms) counts[entryId] = (counts[entryId] ?? 0) + 1;
      for (const { entryId } of shadowTerms) counts[entryId] = (counts[entryId] ?? 0) + 1;
      return counts;
    },
    clear() {
      if (registry.get(name) === highlight) registry.delete(name);
      highlight.clear();
      terms = [];
      shadowTerms = [];
      version += 1;
      entryOfRegistered = new Map();
    },
    setFilter(next) {
      filter = next;
      dirty = true;
      version += 1;
    },
    setName(next) {
      if (next === name) return;
      if (registry.get(name) === highlight) registry.delete(name);
      name = next;
      registry.set(name, highlight);
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
