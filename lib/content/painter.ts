import type { FoundTerm } from '../page/find-terms';
import type { PaintedTerm } from './painted-term';
import type { TermFilter } from './term-filter';

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
   * layout when the page has many terms: call it after a frame. With `readLayout: false` (the
   * page is still being parsed) the first terms in document order are registered instead; with
   * `tight` (the page keeps changing) only the screen's own terms.
   */
  refresh(options?: { readLayout?: boolean; tight?: boolean }): void;
  /** Whether `refresh` reads the layout (more than `ALL_BELOW` marked terms). */
  readonly windowed: boolean;
  /** Bumped whenever the terms found change: counts need reporting again only then. */
  readonly version: number;
  /** Whether a term starts or ends in this text node (or did: a removed one may still answer yes). */
  holdsTermIn(node: Node): boolean;
  /** Entry id → occurrences found now (registered or not). */
  counts(): Record<string, number>;
  /** The occurrence of an entry after the one returned last time (from the first again at the end). */
  nextOccurrence(entryId: string): AbstractRange | undefined;
  /** The term after `previous` in document order (from the reader's place when none), wrapping. */
  termAfter(previous: AbstractRange | undefined): PaintedTerm | undefined;
  /** The term whose text holds this caret position, if any. */
  termAt(node: Node, offset: number): PaintedTerm | undefined;
  /** The term a registered range belongs to (for `highlightsFromPoint`'s answers). */
  termOf(range: AbstractRange): PaintedTerm | undefined;
  /** Removes every trace from the page. */
  clear(): void;
  /** Marks only the terms the filter accepts (all are still found and counted); call refresh after. */
  setFilter(filter: TermFilter | undefined): void;
  /** Registers under another highlight name (another style); call refresh after. */
  setName(name: string): void;
}
