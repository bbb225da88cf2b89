import type { BrowserContext } from 'playwright-core';
import { HIGHLIGHT, waitUntilSettled, watchHighlights } from './watch';

export interface FirstScreen {
  /** The page's own first frame (first-paint, else first-contentful-paint), page time in ms. */
  firstPaintMs: number;
  /** When a range was first registered. */
  firstRegisteredMs: number;
  /** When the registered ranges first held every term of the first screen. */
  coveredMs: number;
  /** `coveredMs` is only the last change (the first screen was not covered in the first changes kept). */
  upperBound: boolean;
  /** Terms on the first screen (registered ranges within the viewport once everything has settled). */
  terms: number;
  /** Ranges registered at `coveredMs`. */
  registered: number;
}

/**
 * Which ranges are on the first screen can only be known at the end: once the highlights have
 * settled, the registered ranges whose box meets the viewport (the page is never scrolled) are the
 * first screen's terms, each known by its start (text node and offset). The first of the kept
 * snapshots that holds all of them gives the time.
 */
const READ_FIRST_SCREEN = `(() => {
  const paint = (name) => performance.getEntriesByName(name)[0]?.startTime;
  const firstPaintMs = paint('first-paint') ?? paint('first-contentful-paint') ?? NaN;
  const changes = window.__highlightChanges;
  const nodes = new Map();
  const key = (range) => {
    if (!nodes.has(range.startContainer)) nodes.set(range.startContainer, nodes.size);
    return nodes.get(range.startContainer) + ':' + range.startOffset;
  };
  const live = document.createRange();
  const onScreen = [];
  for (const range of CSS.highlights.get(${JSON.stringify(HIGHLIGHT)}) ?? []) {
    try {
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
    } catch {
      continue;
    }
    const box = live.getBoundingClientRect();
    const shown = box.width > 0 && box.height > 0;
    if (shown && box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth) onScreen.push(key(range));
  }
  const covering = window.__highlightSnapshots.find(({ ranges }) => {
    const keys = new Set(ranges.map(key));
    return onScreen.every((k) => keys.has(k));
  });
  const last = changes[changes.length - 1];
  return {
    firstPaintMs,
    firstRegisteredMs: changes.find((change) => change.size > 0)?.at ?? NaN,
    coveredMs: covering?.at ?? last?.at ?? NaN,
    upperBound: !covering,
    terms: onScreen.length,
    registered: covering?.ranges.length ?? last?.size ?? 0,
    scrolled: scrollY,
  };
})()`;

/**
 * One load of `url` in the extension's context, untraced (the sampling profiler would slow the
 * extension down, and mark.js runs untraced), with the page's own world polling the registered
 * highlights in every frame and every 2 ms.
 */
export async function runFirstScreen(context: BrowserContext, url: string): Promise<FirstScreen> {
  const page = await context.newPage();
  await page.addInitScript(watchHighlights(true));
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await waitUntilSettled(page, true);
  const { scrolled, ...result } = await page.evaluate<FirstScreen & { scrolled: number }>(READ_FIRST_SCREEN);
  await page.close();
  if (scrolled !== 0) throw new Error(`The first screen cannot be told: the page scrolled to ${scrolled}.`);
  return result;
}
