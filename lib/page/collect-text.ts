import { BLOCK_TAGS, blockOf, isSkipped } from './skip-rules';

/**
 * The text of a root as the reader sees it, in one string: the text nodes in document order,
 * with {@link RUN_BREAK} wherever a block boundary lies, so that a term can span inline elements
 * (`<em>personlig</em> assistance`) but never two blocks.
 */
export interface CollectedText {
  /** The whole text, joined when first read (a long page's is megabytes: read chunks instead). */
  readonly text: string;
  /** The text between two positions, joined from the nodes' own strings. */
  slice(from: number, to: number): string;
  length: number;
  nodes: Text[];
  /** Where each node's text starts in `text`. */
  starts: number[];
  /** Positions of the breaks, in order: safe places to cut the text into chunks. */
  breaks: number[];
}

/** Neither a letter nor white space: no name matches across it. */
export const RUN_BREAK = '\u0000';

export interface CollectOptions {
  /** The browser's verdict on hidden elements (display: none and the like); none in `npm run scan`. */
  isHidden?: (element: Element) => boolean;
  /** Called with each open shadow root met on the way; its text is not part of this walk. */
  onShadowRoot?: (root: ShadowRoot) => void;
}

const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
/** Nodes visited between two pauses of the walk. */
const NODES_PER_STEP = 400;

/**
 * Walks `root` (an element, a document or a shadow root), pausing every few hundred nodes so that
 * the caller can yield to the page; the generator's return value is the collected text.
 */
export function* collectText(root: Node, options: CollectOptions = {}): Generator<void, CollectedText> {
  const document = root.ownerDocument ?? (root as Document);
  // No filter callback: a call from the walker into script for every node costs more than the walk.
  const walker = document.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  const breaks: number[] = [];
  let length = 0;
  let runBlock: Node | undefined;
  // Neighbouring text nodes mostly share a parent: look its block up once.
  let lastParent: Node | null = null;
  let lastBlock: Node = root;
  let visited = 0;
  let node = walker.nextNode();
  while (node) {
    if (++visited % NODES_PER_STEP === 0) yield;
    if (node.nodeType === 1) {
      const element = node as Element;
      if (isSkipped(element, options.isHidden)) {
        node = nextOutside(walker, element, root);
        continue;
      }
      if (element.shadowRoot && options.onShadowRoot) options.onShadowRoot(element.shadowRoot);
      if (BLOCK_TAGS.has(element.localName)) runBlock = undefined;
      node = walker.nextNode();
      continue;
    }
    // White-space-only nodes are kept: they are what separates `<em>a</em> <em>b</em>`.
    const text = node as Text;
    if (text.parentNode !== lastParent) {
      lastParent = text.parentNode;
      lastBlock = blockOf(text, root);
    }
    if (lastBlock !== runBlock) {
      if (nodes.length > 0) {
        breaks.push(length);
        parts.push(RUN_BREAK);
        length += 1;
      }
      runBlock = lastBlock;
    }
    const data = text.data;
    starts.push(length);
    nodes.push(text);
    parts.push(data);
    length += data.length;
    node = walker.nextNode();
  }
  return joinLazily(parts, nodes, starts, breaks, length);
}

function joinLazily(parts: string[], nodes: Text[], starts: number[], breaks: number[], length: number): CollectedText {
  // Where each part starts: nodes' texts and the breaks between runs, in order.
  const partStarts: number[] = [];
  let offset = 0;
  for (const part of parts) {
    partStarts.push(offset);
    offset += part.length;
  }
  const partAt = (position: number) => {
    let low = 0;
    let high = partStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((partStarts[middle] ?? 0) <= position) low = middle;
      else high = middle - 1;
    }
    return low;
  };
  let whole: string | undefined;
  return {
    get text() {
      return (whole ??= parts.join(''));
    },
    slice(from, to) {
      if (whole !== undefined) return whole.slice(from, to);
      const first = partAt(from);
      const last = partAt(Math.max(from, to - 1));
      const joined = parts.slice(first, last + 1).join('');
      const base = partStarts[first] ?? 0;
      return joined.slice(from - base, to - base);
    },
    length,
    nodes,
    starts,
    breaks,
  };
}

/** Runs `collectText` to the end in one go (`npm run scan`, tests). */
export function collectAllText(root: Node, options?: CollectOptions): CollectedText {
  const walk = collectText(root, options);
  for (let step = walk.next(); ; step = walk.next()) if (step.done) return step.value;
}

/** The node after `element`'s subtree in document order, within `root`. */
function nextOutside(walker: TreeWalker, element: Element, root: Node): Node | null {
  for (let current: Node | null = element; current && current !== root; current = current.parentNode) {
    walker.currentNode = current;
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
  }
  return null;
}

/** The index of the node holding a position; `end` picks the earlier node at a seam. */
export function nodeIndexAt(collected: CollectedText, position: number, end = false, from = 0): number {
  const { starts } = collected;
  let low = from;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    const start = starts[middle] ?? 0;
    if (start < position || (!end && start === position)) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Cuts the text into chunks of about `size` characters, at run breaks only. */
export function chunksOf(collected: CollectedText, size: number): [number, number][] {
  const chunks: [number, number][] = [];
  let from = 0;
  for (const position of collected.breaks) {
    if (position - from >= size) {
      chunks.push([from, position]);
      from = position + 1;
    }
  }
  if (from < collected.length) chunks.push([from, collected.length]);
  return chunks;
}
