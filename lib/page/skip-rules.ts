/**
 * What the highlighter never reads, shared by the content script and `npm run scan`:
 * program text and form fields (script, style, code, textarea, input, select…), SVG and MathML,
 * editable areas, hidden subtrees, and the extension's own UI. `pre` is read: Chromium shows plain
 * text files inside one, and caseworkers open .txt documents.
 */
const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'code', 'kbd', 'samp',
  'svg', 'math', 'canvas', 'iframe', 'object', 'embed', 'video', 'audio', 'head', 'title',
]);

/** The prefix of every element and class the extension itself puts into a page. */
export const OWN_PREFIX = 'metodelup';

/** Whether an element and all it contains are left alone. `isHidden` adds the browser's own view. */
export function isSkipped(element: Element, isHidden?: (element: Element) => boolean): boolean {
  const tag = element.localName;
  if (SKIPPED_TAGS.has(tag) || tag.startsWith(OWN_PREFIX)) return true;
  // Most elements have no attributes at all: one cheap question spares two lookups.
  if (element.hasAttributes()) {
    if (element.hasAttribute('hidden')) return true;
    const editable = element.getAttribute('contenteditable');
    if (editable !== null && editable.toLowerCase() !== 'false') return true;
  }
  return isHidden?.(element) ?? false;
}

/** Elements that start a new run of text: words on either side never form one term. */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'dd', 'details', 'dialog', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul', 'button', 'label', 'legend', 'img',
]);

/** The nearest block element above `node`, stopping at `root` (a term never spans two blocks). */
export function blockOf(node: Node, root: Node): Node {
  let current = node.parentNode;
  while (current && current !== root) {
    if (current.nodeType === 1 && BLOCK_TAGS.has((current as Element).localName)) return current;
    current = current.parentNode;
  }
  return root;
}
