import type { BrowserContext } from 'playwright-core';

export interface Floor {
  /** A bare TreeWalker pass over the page's text nodes, reading each node's text. */
  walkMs: number;
  /** Lower-casing the joined text and one pass of the matcher's sieve regex over it (the regex engine alone). */
  regexMs: number;
  textNodes: number;
  characters: number;
}

/**
 * What any content script must spend at least on a page: the two steps no design can skip,
 * each done as cheaply as JavaScript allows, once, in a fresh isolated world (where a content
 * script runs, and where each DOM node handed to script costs more than in the page's own world).
 */
export async function measureFloor(context: BrowserContext, url: string, sieve: RegExp): Promise<Floor> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForTimeout(500);
  const session = await context.newCDPSession(page);
  const { frameTree } = await session.send('Page.getFrameTree');
  const { executionContextId } = await session.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'floor' });
  const { result } = await session.send('Runtime.evaluate', {
    contextId: executionContextId,
    returnByValue: true,
    expression: `(() => {
      const started = performance.now();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const parts = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.data);
      const walked = performance.now();
      const joined = performance.now();
      const text = parts.join('').toLowerCase();
      const sieve = new RegExp(${JSON.stringify(sieve.source)}, ${JSON.stringify(sieve.flags)});
      let hits = 0;
      for (let found = sieve.exec(text); found; found = sieve.exec(text)) hits += 1;
      return { walkMs: walked - started, regexMs: performance.now() - joined, textNodes: parts.length, characters: text.length, hits };
    })()`,
  });
  await page.close();
  return result.value as Floor;
}
