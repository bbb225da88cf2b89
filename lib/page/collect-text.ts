import { BLOCK, elementsSkippedByAttribute, insideSkipped, isBlock, skippedByOwnAttribute, SKIP, TAG_KIND } from './skip-rules';

/**
 * The text of a root as the reader sees it: the text nodes in document order, with
 * {@link RUN_BREAK} wherever a block boundary lies, so that a term can span inline elements
 * (`<em>personlig</em> assistance`) but never two blocks. The text comes in chunks cut at run
 * breaks, each matched on its own; positions count through the whole text.
 */
export interface CollectedText {
  nodes: Text[];
  /** Where each node's text starts. */
  starts: number[];
  length: number;
  /** Pieces of the text cut at run breaks (the break itself belongs to neither side). */
  chunks: TextChunk[];
  /** The whole text, joined on first read (tests and `npm run scan`; a long page's is megabytes). */
  readonly text: string;
  /** The text between two positions. */
  slice(from: number, to: number): string;
}

export interface TextChunk {
  /** Where the chunk starts in the whole text. */
  from: number;
  text: string;
}

/** Neither a letter nor white space: no name matches across it. */
export const RUN_BREAK = '\u0000';

export interface CollectOptions {
  /** Called with each open shadow root met on the way; its text is not part of this walk. */
  onShadowRoot?: (root: ShadowRoot) => void;
  /** Characters a chunk holds at least before it is cut at the next run break (default: no cuts). */
  chunkChars?: number;
  /**
   * Read only part of the root, from this node on (the reader's screen first): the walk starts
   * here instead of at the root, and asks the elements it meets about their attributes one by one
   * instead of querying the whole root up front.
   */
  from?: Node;
  /** Stop once this many characters are read. */
  stopAfter?: { chars: number };
}

const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
/**
 * Nodes visited between two pauses of the walk: the caller checks its clock at each pause, and a
 * content script's walk can take 5–10 ms for a few hundred nodes now and then (traced: a 30 ms
 * task of the 4× page's walk with 500 a step).
 */
const NODES_PER_STEP = 100;

/**
 * Walks `root` (an element, a document or a shadow root), pausing every few hundred nodes so that
 * the caller can yield to the page; the generator's return value is the collected text. The walk
 * asks each element only its tag name (and its shadow root): the work per node is what a long
 * page costs.
 */
export function* collectText(root: Node, options: CollectOptions = {}): Generator<void, CollectedText> {
  const document = root.ownerDocument ?? (root as Document);
  const chunkChars = options.chunkChars ?? Infinity;
  const onShadowRoot = options.onShadowRoot;
  const nodes: Text[] = [];
  const starts: number[] = [];
  const chunks: TextChunk[] = [];
  let parts: string[] = [];
  let chunkFrom = 0;
  let length = 0;
  const collected = () => finish(nodes, starts, chunks, length);
  const from = options.from;
  if (insideSkipped(root) || (from && from !== root && insideSkipped(from.nodeType === 1 ? from : (from.parentNode ?? root)))) {
    return collected();
  }

  const stopAfter = options.stopAfter;
  // Reading part of a root: each element met is asked, rather than the whole root queried.
  const queried = from || stopAfter ? undefined : elementsSkippedByAttribute(root);
  const skippedByAttribute = (element: Element) => (queried ? queried.size > 0 && queried.has(element) : skippedByOwnAttribute(element));
  // No filter callback: a call from the walker into script for every node costs more than the walk.
  const walker = document.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
  let runBlock: Node | undefined;
  // Neighbouring text nodes mostly share a parent: its block is looked up once.
  let lastParent: Node | null = null;
  let lastBlock: Node = root;
  // The block of each element met above a text node, found once: walking up from every text node
  // asked the same inline elements again and again (a quarter of the walk on a long act).
  const blocks = new Map<Node, Node>();
  const blockAbove = (parent: Node | null): Node => {
    if (!parent || parent === root) return root;
    const known = blocks.get(parent);
    if (known) return known;
    const block = isBlock(parent) ? parent : blockAbove(parent.parentNode);
    blocks.set(parent, block);
    return block;
  };
  let visited = 0;
  if (from && from !== root) walker.currentNode = from;
  let node = from && from !== root ? from : walker.nextNode();
  while (node) {
    if (++visited % NODES_PER_STEP === 0) yield;
    if (node.nodeType === 1) {
      const element = node as Element;
      const kind = TAG_KIND.get(element.localName);
      if (kind === SKIP || skippedByAttribute(element)) {
        node = nextOutside(walker, element, root);
        continue;
      }
      if (kind === BLOCK) runBlock = undefined;
      if (onShadowRoot) {
        const shadowRoot = element.shadowRoot;
        if (shadowRoot) onShadowRoot(shadowRoot);
      }
      node = walker.nextNode();
      continue;
    }
    // White-space-only nodes are kept: they are what separates `<em>a</em> <em>b</em>`.
    const text = node as Text;
    const parent = text.parentNode;
    if (parent !== lastParent) {
      lastParent = parent;
      lastBlock = blockAbove(parent);
    }
    if (lastBlock !== runBlock) {
      if (nodes.length > 0) {
        if (length - chunkFrom >= chunkChars) {
          chunks.push({ from: chunkFrom, text: parts.join('') });
          parts = [];
          chunkFrom = length + 1;
        } else {
          parts.push(RUN_BREAK);
        }
        length += 1;
      }
      runBlock = lastBlock;
    }
    const data = text.data;
    starts.push(length);
    nodes.push(text);
    parts.push(data);
    length += data.length;
    if (stopAfter && length >= stopAfter.chars) break;
    node = walker.nextNode();
  }
  if (parts.length > 0) chunks.push({ from: chunkFrom, text: parts.join('') });
  return collected();
}

function finish(nodes: Text[], starts: number[], chunks: TextChunk[], length: number): CollectedText {
  let whole: string | undefined;
  const text = () => (whole ??= chunks.map((chunk) => chunk.text).join(RUN_BREAK));
  return {
    nodes,
    starts,
    length,
    chunks,
    get text() {
      return text();
    },
    slice(from, to) {
      // Most slices lie inside one chunk: no need to join the page.
      const chunk = chunks.find((candidate) => candidate.from <= from && to <= candidate.from + candidate.text.length);
      return chunk ? chunk.text.slice(from - chunk.from, to - chunk.from) : text().slice(from, to);
    },
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
export function nodeIndexAt(collected: CollectedText, position: number, end = false): number {
  const { starts } = collected;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    const start = starts[middle] ?? 0;
    if (start < position || (!end && start === position)) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * {@link nodeIndexAt} for positions asked in text order: walks forward from node `from`, since the
 * next term is mostly in the same node or one of the next few.
 */
export function nodeIndexAfter(collected: CollectedText, position: number, from: number, end = false): number {
  const { starts } = collected;
  const last = starts.length - 1;
  let index = from;
  while (index < last) {
    const next = starts[index + 1] ?? Infinity;
    if (next < position || (!end && next === position)) index += 1;
    else break;
  }
  return index;
}
