/** A page or frame of either driver (playwright-core for Chromium, puppeteer-core for Firefox). */
export interface Evaluates {
  evaluate<R>(pageFunction: () => R): Promise<R>;
}

export interface PaintedRange {
  text: string;
  /** The id of the nearest element with one, or its tag: enough to say where a range sits. */
  where: string;
  inShadowRoot: boolean;
}

/** The ranges registered under the extension's highlight names, as the page itself sees them. */
export function paintedRanges(target: Evaluates): Promise<PaintedRange[]> {
  return target.evaluate(() => {
    const ranges: PaintedRange[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('metodelup')) continue;
      for (const range of highlight) {
        const node = range.startContainer;
        const element = node.parentElement;
        const owner = element?.closest('[id]');
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        ranges.push({
          text: live.toString().replace(/\s+/g, ' '),
          where: owner?.id ?? element?.localName ?? '',
          inShadowRoot: node.getRootNode() instanceof ShadowRoot,
        });
      }
    }
    return ranges;
  });
}

/** Waits until the extension has registered at least `minimum` ranges. */
export async function waitForHighlights(target: Evaluates, minimum = 1, timeout = 15_000): Promise<PaintedRange[]> {
  const started = Date.now();
  for (;;) {
    const ranges = await paintedRanges(target);
    if (ranges.length >= minimum) return ranges;
    if (Date.now() - started > timeout) throw new Error(`Only ${ranges.length} of ${minimum} highlights after ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
