import { isReferenceId } from '../acts';
import { countTerms } from './count-terms';
import { caretAt } from './caret-at';
import { before, holds, Term } from './painted-term';
import { registeredHighlights } from './registered-highlights';
import type { Painter } from './painter';
import type { TermFilter } from './term-filter';

export { HIGHLIGHT_NAME, REFERENCE_NAME, UNDERLINE_NAME } from './registered-highlights';

/**
 * Most ranges registered at once. Chromium revalidates every registered range in each frame after
 * any change to the DOM (a clock, a chat), so the cost of a frame grows with the ranges registered,
 * not with what the reader sees: only the terms on the screen and about one screen above and below
 * it are registered, and never more than this.
 */
export const MAX_REGISTERED = 2500;
/** A page with at most this many marked terms has them all registered, without reading the layout. */
export const ALL_BELOW = 100;
/** Terms registered above and below the screen at least (a screen's worth when it holds more). */
export const MIN_MARGIN = 20;
/**
 * Terms registered above and below the screen on a page that keeps changing (a clock): Chromium
 * repaints every marked text node near the screen in each frame after a change of the DOM, so
 * there only the screen's own terms are registered (and a line's worth for the lines at its edges).
 */
export const TIGHT_MARGIN = 3;
/** Terms registered at most without reading the layout (the first screen while the page is parsed). */
const UNREAD_LIMIT = 300;
/** Heights of the viewport, as fractions, where the reader's place is looked up. */
const PROBES = [0, 0.25, 0.5, 0.75, 1];

export type { AddOptions, Painter } from './painter';
export type { PaintedTerm } from './painted-term';

/**
 * The page's DOM is never touched: each term is a StaticRange (no live-range upkeep on every DOM
 * change) in one Highlight, styled by `::highlight(metodelup-term)` from the content script's CSS;
 * references to provisions are kept with the terms and registered in one of their own.
 * Every term found is kept in document order, and those near the reader are registered: the
 * caret positions at a few heights of the viewport say which terms are on the screen, and as many
 * again above and below are registered with them (at least {@link MIN_MARGIN}). The window moves
 * when the reader comes within a quarter of its margin of its edge.
 */
export function createHighlightPainter(registry: HighlightRegistry, document: Document): Painter {
  const registered = registeredHighlights(registry);
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
  /** Bumped whenever the terms change. */
  let foundVersion = 0;
  /** Text nodes where a term starts or ends: a change to any other text node that brings no term changes nothing. */
  let termNodes = new WeakSet<Node>();
  /** The terms found changed: counts, what is marked and what is registered are all out of date. */
  const termsChanged = () => {
    dirty = true;
    version += 1;
    foundVersion += 1;
  };
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
            if (!current.firstOnly || isReferenceId(term.entryId)) return true;
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

  /**
   * The terms of `list` on the screen, as indices [top, bottom). A probe can land in a fixed
   * header or footer (elsewhere in the document): when the probes disagree wildly, the middle
   * ones decide.
   */
  const onScreen = (list: readonly Term[]): { top: number; bottom: number } | undefined => {
    const height = document.documentElement.clientHeight;
    const found: number[] = [];
    for (const fraction of PROBES) {
      const index = indexAt(Math.min(height - 1, Math.round(fraction * height)), list);
      if (index !== undefined) found.push(index);
    }
    if (found.length === 0) return undefined;
    const span = (indices: number[]) => ({ top: Math.min(...indices), bottom: Math.max(...indices) });
    const all = span(found);
    if (all.bottom - all.top <= MAX_REGISTERED / 4 || found.length < 3) return all;
    return span(found.slice(1, -1));
  };

  const register = (wanted: Term[], withReferences = true) => {
    registered.register(wanted, withReferences);
    dirty = false;
  };

  return {
    get windowed() {
      const { shown, shownShadow } = marked();
      return shown.length + shownShadow.length > ALL_BELOW;
    },
    get version() {
      return foundVersion;
    },
    holdsTermIn: (node) => termNodes.has(node),
    add(found, options = {}) {
      const kept = options.inShadow ? shadowTerms : terms;
      const append = options.inShadow || options.inOrder || terms.length === 0;
      // The page may have removed text between the walk and now; terms often share a node.
      let checked: Node | undefined;
      let connected = false;
      let lastNoted: Node | undefined;
      for (const term of found) {
        if (term.start.node !== checked) {
          checked = term.start.node;
          connected = checked.isConnected;
        }
        if (!connected) continue;
        const item = new Term(term.entryId, term.start, term.end, term.alternatives || term.reference ? term : undefined);
        // Mostly one node a term, and terms share nodes: the set is told each node once.
        if (term.start.node !== lastNoted) termNodes.add((lastNoted = term.start.node));
        if (term.end.node !== lastNoted) termNodes.add(term.end.node);
        if (append) kept.push(item);
        else insert(item);
      }
      if (found.length > 0) termsChanged();
    },
    removeWithin(roots) {
      const count = terms.length + shadowTerms.length;
      // Terms whose text the page removed: one flag read each, and a new list only when there are some.
      if (terms.some((term) => !term.start.node.isConnected)) terms = terms.filter((term) => term.start.node.isConnected);
      // The document's terms inside a root lie side by side in document order: found by halving.
      for (const root of roots) {
        if (!root.isConnected) continue;
        if (root.getRootNode() !== document) continue;
        const from = countWhile((term) => (root.compareDocumentPosition(term.start.node) & PRECEDING) !== 0);
        const to = countWhile((term) => (root.compareDocumentPosition(term.start.node) & (PRECEDING | CONTAINED_BY)) !== 0);
        if (to > from) terms.splice(from, to - from);
      }
      if (shadowTerms.length > 0) {
        const inside = insideAny(roots);
        shadowTerms = shadowTerms.filter((term) => term.start.node.isConnected && !inside(term.start.node));
      }
      if (terms.length + shadowTerms.length !== count) termsChanged();
    },
    refresh({ readLayout = true, tight = false } = {}) {
      const { shown, shownShadow } = marked();
      // References are registered on a page at rest, left out on one that keeps changing.
      const referencesDue = registered.referencesLeftOut !== tight;
      if (shown.length + shownShadow.length <= ALL_BELOW || !readLayout) {
        window = undefined;
        if (dirty || referencesDue) register([...shown.slice(0, UNREAD_LIMIT), ...shownShadow], !tight);
        return;
      }
      const seen = onScreen(shown) ?? (window ? { top: window.from, bottom: window.from } : { top: 0, bottom: 0 });
      const room = MAX_REGISTERED - shownShadow.length;
      const margin = tight ? TIGHT_MARGIN : Math.min(Math.max(MIN_MARGIN, seen.bottom - seen.top), Math.floor(room / 3));
      const keep = tight ? 0 : Math.floor(margin / 4);
      // A wider window than a changing page needs costs every frame: narrowed at once.
      const tooWide = tight && window !== undefined && window.to - window.from > seen.bottom - seen.top + 4 * margin;
      // Re-window only when the reader nears an edge: each change costs the browser a revalidation.
      if (!dirty && !tooWide && !referencesDue && window && window.from <= Math.max(0, seen.top - keep) && window.to >= Math.min(shown.length, seen.bottom + keep)) return;
      const from = Math.max(0, seen.top - margin);
      const to = Math.min(shown.length, Math.max(seen.bottom, from) + margin, from + room);
      window = { from, to };
      register([...shown.slice(from, to), ...shownShadow], !tight);
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
    termOf: (range) => registered.termOf(range),
    counts: () => countTerms(terms, shadowTerms),
    clear() {
      registered.clear();
      terms = [];
      shadowTerms = [];
      // Nothing is registered any more, so nothing is dirty: only the versions move on.
      version += 1;
      foundVersion += 1;
      termNodes = new WeakSet();
    },
    setFilter(next) {
      filter = next;
      dirty = true;
      version += 1;
    },
    setName(next) {
      registered.setName(next);
    },
  };
}

const PRECEDING = 2;
const CONTAINED_BY = 16;

/** A test for "inside one of these roots" that costs one walk up the tree, however many roots. */
export function insideAny(roots: readonly Node[]): (node: Node) => boolean {
  const set = new Set(roots);
  return (node) => {
    for (let current: Node | null = node; current; current = current.parentNode) if (set.has(current)) return true;
    return false;
  };
}
