import { BLOCK_TAGS, isSkipped } from './skip-rules';

/**
 * A run of text that reads as one: the text nodes between two block boundaries, joined. A term
 * can span its nodes (`<em>personlig</em> assistance`) but never two runs.
 */
export interface TextRun {
  text: string;
  nodes: Text[];
  /** Where each node's text starts in `text`. */
  starts: number[];
}

export interface CollectOptions {
  /** The browser's verdict on hidden elements (display: none and the like); none in `npm run scan`. */
  isHidden?: (element: Element) => boolean;
  /** Called with each open shadow root met on the way; its text is not part of this walk. */
  onShadowRoot?: (root: ShadowRoot) => void;
}

const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;

function blockOf(node: Node, root: Node): Node {
  let current = node.parentNode;
  while (current && current !== root) {
    if (current.nodeType === 1 && BLOCK_TAGS.has((current as Element).localName)) return current;
    current = current.parentNode;
  }
  return root;
}

/**
 * Walks `root` (an element, a document or a shadow root) and yields its runs of text, one at a
 * time, so that the caller can pause between them and keep the page responsive.
 */
export function* collectTextRuns(root: Node, options: CollectOptions = {}): Generator<TextRun> {
  const document = root.ownerDocument ?? (root as Document);
  // No filter callback: a call from the walker into script for every node costs more than the walk.
  const walker = document.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
  let run: TextRun = { text: '', nodes: [], starts: [] };
  let runBlock: Node | undefined;
  // Neighbouring text nodes mostly share a parent: look its block up once.
  let lastParent: Node | null = null;
  let lastBlock: Node = root;
  let node = walker.nextNode();
  while (node) {
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
    // White-space-only nodes stay in the run: they are what separates `<em>a</em> <em>b</em>`.
    const text = node as Text;
    if (text.parentNode !== lastParent) {
      lastParent = text.parentNode;
      lastBlock = blockOf(text, root);
    }
    if (lastBlock !== runBlock && run.nodes.length > 0) {
      if (/\S/u.test(run.text)) yield run;
      run = { text: '', nodes: [], starts: [] };
    }
    runBlock = lastBlock;
    run.starts.push(run.text.length);
    run.nodes.push(text);
    run.text += text.data;
    node = walker.nextNode();
  }
  if (/\S/u.test(run.text)) yield run;
}

/** The node after `element`'s subtree in document order, within `root`. */
function nextOutside(walker: TreeWalker, element: Element, root: Node): Node | null {
  walker.currentNode = element;
  for (let current: Node | null = element; current && current !== root; current = current.parentNode) {
    walker.currentNode = current;
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
  }
  return null;
}

/** The text node and offset at a position of a run's text; `end` picks the earlier node at a seam. */
export function locate(run: TextRun, position: number, end = false): { node: Text; offset: number } {
  let low = 0;
  let high = run.starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    const start = run.starts[middle] ?? 0;
    if (start < position || (!end && start === position)) low = middle;
    else high = middle - 1;
  }
  const node = run.nodes[low] as Text;
  return { node, offset: position - (run.starts[low] ?? 0) };
}
