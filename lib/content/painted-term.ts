import type { Boundary, FoundTerm, PageReference } from '../page/find-terms';
import { liveRange } from './live-range';

/** A term on the page: its range and the entry it names. */
export interface PaintedTerm {
  range: AbstractRange;
  entryId: string;
  /** Other entries that share the word (another act's sense), offered on the card. */
  alternatives?: readonly string[];
  /** Nothing on the page told the senses apart: the card shows them all. */
  undecided?: true;
  /** A reference to a provision: what it names, and the act it points into. */
  reference?: PageReference;
}

/** What a found term says for its card: its sense, or the provision it refers to. */
export type TermSense = Pick<FoundTerm, 'alternatives' | 'undecided' | 'reference'>;

/**
 * A term kept by the painter. Its StaticRange is made the first time it is needed (registering it,
 * showing its card): on a page with more terms than are registered, most never need one.
 */
export class Term implements PaintedTerm {
  private made: StaticRange | undefined;
  readonly alternatives?: readonly string[];
  readonly undecided?: true;
  readonly reference?: PageReference;

  constructor(
    readonly entryId: string,
    readonly start: Boundary,
    readonly end: Boundary,
    sense?: TermSense,
  ) {
    if (sense?.alternatives) this.alternatives = sense.alternatives;
    if (sense?.undecided) this.undecided = true;
    if (sense?.reference) this.reference = sense.reference;
  }

  get range(): StaticRange {
    return (this.made ??= new StaticRange({
      startContainer: this.start.node,
      startOffset: this.start.offset,
      endContainer: this.end.node,
      endOffset: this.end.offset,
    }));
  }

  /** Whether `range` is this term's range (without making one to compare). */
  is(range: AbstractRange | undefined): boolean {
    return range !== undefined && this.made === range;
  }
}

/** Whether a caret position lies inside a range (same-node ranges: the common case). */
export function holds(document: Document, range: AbstractRange, node: Node, offset: number): boolean {
  if (range.startContainer === node && range.endContainer === node) {
    return offset >= range.startOffset && offset <= range.endOffset;
  }
  return liveRange(document, range).isPointInRange(node, offset);
}

const FOLLOWING = 4;

/** A position in the document: a term's start, or a caret. */
interface Position {
  node: Node;
  offset: number;
}

/** Document order of two positions. */
export function before(a: Position, b: Position): boolean {
  if (a.node === b.node) return a.offset < b.offset;
  return (a.node.compareDocumentPosition(b.node) & FOLLOWING) !== 0;
}
