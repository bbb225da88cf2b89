/**
 * What the highlighter never reads, shared by the content script and `npm run scan`:
 * program text and form fields (script, style, code, textarea, input, select…), SVG and MathML,
 * editable areas, hidden subtrees, and the extension's own UI. `pre` is read: Chromium shows plain
 * text files inside one, and caseworkers open .txt documents.
 */
const SKIPPED_TAGS = [
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'code', 'kbd', 'samp',
  'svg', 'math', 'canvas', 'iframe', 'object', 'embed', 'video', 'audio', 'head', 'title',
];

/** The prefix of every element and class the extension itself puts into a page. */
export const OWN_PREFIX = 'metodelup';
/** The hover card's host element: the one element of ours inside a page's tree. */
export const OWN_UI_TAG = `${OWN_PREFIX}-hover-card`;

/** Elements that start a new run of text: words on either side never form one term. */
const BLOCK_TAG_LIST = [
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'dd', 'details', 'dialog', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul', 'button', 'label', 'legend', 'img',
];
export const BLOCK_TAGS: ReadonlySet<string> = new Set(BLOCK_TAG_LIST);

export const SKIP = 1;
export const BLOCK = 2;
/** Tag name → SKIP or BLOCK: one lookup an element while walking. */
export const TAG_KIND: ReadonlyMap<string, number> = new Map([
  ...SKIPPED_TAGS.map((tag) => [tag, SKIP] as const),
  [OWN_UI_TAG, SKIP],
  ...BLOCK_TAG_LIST.map((tag) => [tag, BLOCK] as const),
]);

/**
 * The elements of a root that attributes take out of reading: `hidden`, and editable areas
 * (`contenteditable` other than "false"). One query up front, so that the walk asks no element
 * about its attributes.
 */
export function elementsSkippedByAttribute(root: Node): ReadonlySet<Element> {
  const queryable = root as Partial<ParentNode>;
  if (typeof queryable.querySelectorAll !== 'function') return new Set();
  const skipped = new Set<Element>();
  for (const element of queryable.querySelectorAll('[hidden], [contenteditable]')) if (skippedByOwnAttribute(element)) skipped.add(element);
  return skipped;
}

/** The same test for one element (asked as the walk meets it, in a walk over part of a root). */
export function skippedByOwnAttribute(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

/** Whether a node is an element that starts a new run of text. */
export const isBlock = (node: Node): boolean => node.nodeType === 1 && BLOCK_TAGS.has((node as Element).localName);

/** The nearest block element above `node`, stopping at `root` (a term never spans two blocks). */
export function blockOf(node: Node, root: Node): Node {
  let current = node.parentNode;
  while (current && current !== root) {
    if (isBlock(current)) return current;
    current = current.parentNode;
  }
  return root;
}

const SKIPPED_SELECTOR = [...SKIPPED_TAGS, OWN_UI_TAG, '[hidden]'].join(', ');

/**
 * Whether a root handed in for a rescan lies in something never read (an editable area the reader
 * types into, a hidden subtree, a script…): the walk itself only sees what is below the root.
 */
export function insideSkipped(root: Node): boolean {
  if (root.nodeType !== 1) return false;
  const element = root as Element;
  if (element.closest(SKIPPED_SELECTOR)) return true;
  // `isContentEditable` follows inheritance and "false" the way the browser does; jsdom and
  // happy-dom lack it, hence the attribute as a fallback.
  const html = element as Partial<HTMLElement>;
  if (typeof html.isContentEditable === 'boolean') return html.isContentEditable;
  const editable = element.closest('[contenteditable]')?.getAttribute('contenteditable');
  return editable !== undefined && editable !== null && editable.toLowerCase() !== 'false';
}
