import type { BrowserContext } from 'playwright-core';

export interface Floor {
  /** A TreeWalker pass over elements and text: each text read, each element asked its tag name and shadow root. */
  walkMs: number;
  /** One StaticRange for each term (as many as the extension found) and their registration in one Highlight. */
  rangesMs: number;
  /** What moving the matching off the main thread costs it at least: a worker made and the text posted to it. */
  handoffMs: number;
  /** Matching on the main thread instead: lower-casing the text and one pass of the sieve regex (the regex engine alone). */
  regexMs: number;
  elements: number;
  textNodes: number;
  characters: number;
}

/**
 * The main-thread work that any content script needs on a page, each step done as cheaply as
 * JavaScript allows, once, in a fresh isolated world (where a content script runs, and where each
 * DOM node handed to script costs more than in the page's own world): the walk the skip rules
 * and open shadow roots need, one range per term, and either the handoff to a worker or the
 * matcher's regex pass. No start-up, no rules, no matching by name: a floor, not a design.
 */
export async function measureFloor(context: BrowserContext, url: string, sieve: RegExp, terms: number): Promise<Floor> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForTimeout(500);
  const session = await context.newCDPSession(page);
  const { frameTree } = await session.send('Page.getFrameTree');
  const { executionContextId } = await session.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'floor' });
  const { result, exceptionDetails } = await session.send('Runtime.evaluate', {
    contextId: executionContextId,
    returnByValue: true,
    expression: `(() => {
      let started = performance.now();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      const nodes = [];
      const starts = [];
      const parts = [];
      let length = 0;
      let elements = 0;
      let hosts = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.nodeType === 1) {
          elements += 1;
          // What the skip rules and open shadow roots need to know of an element.
          if (node.localName === 'script') continue;
          if (node.shadowRoot) hosts += 1;
          continue;
        }
        const data = node.data;
        starts.push(length);
        nodes.push(node);
        parts.push(data);
        length += data.length;
      }
      const text = parts.join('');
      const walkMs = performance.now() - started;

      started = performance.now();
      const worker = new Worker(URL.createObjectURL(new Blob(['onmessage = () => {};'], { type: 'text/javascript' })));
      worker.postMessage(text);
      const handoffMs = performance.now() - started;
      worker.terminate();

      started = performance.now();
      const lower = text.toLowerCase();
      const sieve = new RegExp(${JSON.stringify(sieve.source)}, ${JSON.stringify(sieve.flags)});
      const hits = [];
      for (let found = sieve.exec(lower); found; found = sieve.exec(lower)) hits.push(found.index, found.index + found[0].length);
      const regexMs = performance.now() - started;

      started = performance.now();
      const ranges = [];
      let first = 0;
      for (let hit = 0; hit < hits.length && ranges.length < ${terms}; hit += 2) {
        const from = hits[hit];
        const to = hits[hit + 1];
        while (first + 1 < starts.length && starts[first + 1] <= from) first += 1;
        let last = first;
        while (last + 1 < starts.length && starts[last + 1] < to) last += 1;
        ranges.push(new StaticRange({ startContainer: nodes[first], startOffset: from - starts[first], endContainer: nodes[last], endOffset: to - starts[last] }));
      }
      CSS.highlights.set('floor', new Highlight(...ranges));
      const rangesMs = performance.now() - started;
      return { walkMs, rangesMs, handoffMs, regexMs, elements, textNodes: nodes.length, characters: text.length, hosts };
    })()`,
  });
  await page.close();
  if (exceptionDetails) throw new Error(`The floor could not be measured: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  return result.value as Floor;
}
