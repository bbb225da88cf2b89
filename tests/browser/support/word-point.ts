/**
 * The centre of the first occurrence of `word` in the element with id `id`, or, without an id,
 * anywhere on the page after scrolling it to the middle of the window. Runs in the page: hand it to
 * `page.evaluate(centreOfWord, [id, word])` (Playwright and puppeteer alike).
 */
export function centreOfWord([id, word]: readonly [string | null, string]): { x: number; y: number } | undefined {
  const root = id ? document.getElementById(id) : document.body;
  if (!root) return undefined;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const start = node.data.indexOf(word);
    if (start < 0) continue;
    if (!id) node.parentElement?.scrollIntoView({ block: 'center' });
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + word.length);
    const rect = range.getBoundingClientRect();
    return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
  }
  return undefined;
}
