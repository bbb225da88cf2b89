/**
 * The Highlight API's own cost, without the extension: the ranges the extension registered on a
 * page, written down by position (the text node's index in document order and the offsets), and
 * registered again by the page itself in a browser without the extension, under the same style.
 */
export type RangeSpec = [startNode: number, startOffset: number, endNode: number, endOffset: number];

/** Runs in the page: the ranges registered under the extension's term highlight, by position. */
export const READ_RANGES = `(() => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const index = new Map();
  for (let node = walker.nextNode(), i = 0; node; node = walker.nextNode(), i += 1) index.set(node, i);
  return [...(CSS.highlights.get('metodelup-term') ?? [])]
    .filter((range) => index.has(range.startContainer) && index.has(range.endContainer))
    .map((range) => [index.get(range.startContainer), range.startOffset, index.get(range.endContainer), range.endOffset]);
})()`;

/** Runs in the page: registers `specs` as one Highlight styled as the extension's (its content CSS). */
export function registerRanges(specs: RangeSpec[]): string {
  return `(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const nodes = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
    const specs = ${JSON.stringify(specs)};
    const style = document.createElement('style');
    style.textContent = '::highlight(same-ranges) { background-color: rgb(255 193 7 / 0.38); }';
    document.head.append(style);
    CSS.highlights.set('same-ranges', new Highlight(...specs.map(([a, b, c, d]) =>
      new StaticRange({ startContainer: nodes[a], startOffset: b, endContainer: nodes[c], endOffset: d }))));
    return specs.length;
  })()`;
}
