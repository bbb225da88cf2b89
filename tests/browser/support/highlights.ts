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

/**
 * Waits until the extension has read the whole page, not only its first screen: the middle of the
 * page is scrolled into view and terms must come to be registered there (the first screen's own
 * reading covers the top of a long page only). Leaves the page scrolled to the top.
 */
export async function waitForWholePage(target: Evaluates, timeout = 20_000): Promise<void> {
  const started = Date.now();
  for (;;) {
    const inView = await target.evaluate(async () => {
      window.scrollTo(0, document.documentElement.scrollHeight / 2);
      for (let frame = 0; frame < 4; frame += 1) await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
      let count = 0;
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('metodelup')) continue;
        for (const range of highlight) {
          const live = document.createRange();
          live.setStart(range.startContainer, range.startOffset);
          live.setEnd(range.endContainer, range.endOffset);
          const rect = live.getBoundingClientRect();
          if (rect.bottom > 0 && rect.top < innerHeight) count += 1;
        }
      }
      window.scrollTo(0, 0);
      return count;
    });
    if (inView > 0) return;
    if (Date.now() - started > timeout) throw new Error(`No terms registered in the middle of the page after ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * What a reader scrolling through the page sees marked: the page is read whole first, then scrolled
 * from the top a screen at a time, and every range registered on the way is listed once.
 */
export async function paintedThroughout(target: Evaluates): Promise<PaintedRange[]> {
  await waitForWholePage(target);
  return target.evaluate(async () => {
    const seen = new Map<AbstractRange, PaintedRange>();
    const describe = (range: AbstractRange): PaintedRange => {
      const node = range.startContainer;
      const element = node.parentElement;
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      return {
        text: live.toString().replace(/\s+/g, ' '),
        where: element?.closest('[id]')?.id ?? element?.localName ?? '',
        inShadowRoot: node.getRootNode() instanceof ShadowRoot,
      };
    };
    const frames = async (count: number) => {
      for (let frame = 0; frame < count; frame += 1) await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    };
    for (let y = 0; ; y += innerHeight) {
      window.scrollTo(0, y);
      await frames(3);
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('metodelup')) continue;
        for (const range of highlight) if (!seen.has(range)) seen.set(range, describe(range));
      }
      if (y + innerHeight >= document.documentElement.scrollHeight) break;
    }
    window.scrollTo(0, 0);
    return [...seen.values()];
  });
}
