import { countTerms } from './count-terms';
import { insideAny, type PaintedTerm, type Painter } from './highlight-painter';
import type { TermFilter } from './term-filter';

/** The class of the fallback `<mark>` elements: unique to the extension, never a page's. */
export const MARK_CLASS = 'metodelup-mark-7f3a';

interface Painted {
  entryId: string;
  marks: HTMLElement[];
}

/**
 * Fallback for browsers without the CSS Custom Highlight API: wraps each term's text in `<mark>`
 * elements. Every wrap is recorded so that `removeWithin` and `clear` put the text nodes back as
 * they were.
 */
export function createMarkPainter(document: Document): Painter {
  const painted: Painted[] = [];
  const lastShown = new Map<string, HTMLElement>();

  const wrap = (node: Text, start: number, end: number): HTMLElement | undefined => {
    if (end <= start || !node.parentNode) return undefined;
    const middle = start > 0 ? node.splitText(start) : node;
    if (end - start < middle.data.length) middle.splitText(end - start);
    const mark = document.createElement('mark');
    mark.className = MARK_CLASS;
    middle.replaceWith(mark);
    mark.append(middle);
    return mark;
  };

  /** The text nodes strictly between two. */
  const textBetween = (from: Text, to: Text): Text[] => {
    const walker = document.createTreeWalker(from.getRootNode(), NodeFilter.SHOW_TEXT);
    walker.currentNode = from;
    const nodes: Text[] = [];
    for (let node = walker.nextNode(); node && node !== to; node = walker.nextNode()) nodes.push(node as Text);
    return nodes;
  };

  const unwrap = (mark: HTMLElement) => {
    const text = mark.firstChild;
    if (!(text instanceof Text) || !mark.parentNode) {
      mark.remove();
      return;
    }
    mark.replaceWith(text);
    // Merge back the pieces this painter split off, so the page's text nodes are whole again.
    const previous = text.previousSibling;
    if (previous instanceof Text) {
      previous.appendData(text.data);
      text.remove();
      const next = previous.nextSibling;
      if (next instanceof Text) {
        previous.appendData(next.data);
        next.remove();
      }
    } else if (text.nextSibling instanceof Text) {
      const next = text.nextSibling;
      text.appendData(next.data);
      next.remove();
    }
  };

  let filter: TermFilter | undefined;
  let version = 0;
  return {
    windowed: false,
    get version() {
      return version;
    },
    // The painter's own text nodes are those inside its marks.
    holdsTermIn: (node) => node.parentElement?.classList.contains(MARK_CLASS) ?? false,
    add(found) {
      if (found.length > 0) version += 1;
      // Only what the filter marks is wrapped (a change of filter rescans the page); references to
      // provisions are not: they have no element style of their own, and their cards need the Highlight API's hit-testing.
      const wanted = found.filter((term) => !term.reference && (!filter || filter.accepts(term.entryId)));
      const kept = filter?.firstOnly
        ? wanted.filter((term, index) => !painted.some((item) => item.entryId === term.entryId) && wanted.findIndex((other) => other.entryId === term.entryId) === index)
        : wanted;
      // From the last to the first: splitting a node never moves a term still to be wrapped.
      for (const term of [...kept].reverse()) {
        const { start, end } = term;
        // A term across elements is wrapped piece by piece, the text nodes between its ends too
        // (`<em>personlig</em><span> </span>assistance`).
        const pieces =
          start.node === end.node
            ? [{ node: start.node, from: start.offset, to: end.offset }]
            : [
                { node: start.node, from: start.offset, to: start.node.data.length },
                ...textBetween(start.node, end.node).map((node) => ({ node, from: 0, to: node.data.length })),
                { node: end.node, from: 0, to: end.offset },
              ];
        // Likewise the pieces, from the last.
        const marks = pieces
          .reverse()
          .map((piece) => wrap(piece.node, piece.from, piece.to))
          .filter((mark): mark is HTMLElement => mark !== undefined)
          .reverse();
        if (marks.length > 0) painted.push({ entryId: term.entryId, marks });
      }
    },
    removeWithin(roots) {
      const inside = insideAny(roots);
      for (let index = painted.length - 1; index >= 0; index -= 1) {
        const item = painted[index] as Painted;
        if (item.marks.some((mark) => !mark.isConnected || inside(mark))) {
          item.marks.forEach(unwrap);
          painted.splice(index, 1);
          version += 1;
        }
      }
    },
    refresh() {
      // Marks are in the DOM: nothing to register.
    },
    nextOccurrence(entryId) {
      const all = painted.filter((item) => item.entryId === entryId && item.marks[0]?.isConnected);
      const index = all.findIndex((item) => item.marks[0] === lastShown.get(entryId));
      const next = all[(index + 1) % Math.max(1, all.length)]?.marks[0];
      if (!next) return undefined;
      lastShown.set(entryId, next);
      const range = document.createRange();
      range.selectNodeContents(next);
      return range;
    },
    termAfter(previous) {
      const connected = painted.filter((item) => item.marks[0]?.isConnected);
      const index = previous ? connected.findIndex((item) => item.marks[0] === previous.startContainer) : -1;
      const next = connected[(index + 1) % Math.max(1, connected.length)];
      const first = next?.marks[0];
      if (!next || !first) return undefined;
      const range = document.createRange();
      range.selectNodeContents(first);
      return { range, entryId: next.entryId };
    },
    termAt(node) {
      const mark = (node.nodeType === 1 ? (node as Element) : node.parentElement)?.closest(`mark.${MARK_CLASS}`);
      const item = mark ? painted.find((candidate) => candidate.marks.includes(mark as HTMLElement)) : undefined;
      if (!item || !mark) return undefined;
      const range = document.createRange();
      range.selectNodeContents(mark);
      return { range, entryId: item.entryId } satisfies PaintedTerm;
    },
    termOf: () => undefined,
    counts: () => countTerms(painted),
    clear() {
      version += 1;
      for (const item of painted.splice(0)) item.marks.forEach(unwrap);
    },
    setFilter(next) {
      filter = next;
    },
    // One look for marks: the style setting is for the Highlight API.
    setName: () => undefined,
  };
}
