import type { Matcher } from '../matcher/create-matcher';
import { OWN_PREFIX } from '../page/skip-rules';
import { createHighlightPainter, HIGHLIGHT_NAME, UNDERLINE_NAME, type Painter } from './highlight-painter';
import { termAtPoint } from './hover/term-at-point';
import { followReader } from './follow-reader';
import type { HighlighterContext } from './highlighter-context';
import { createMarkPainter, MARK_CLASS } from './mark-painter';
import { createPageReader, type PageReading } from './page-reader';
import { quietChange } from './quiet-change';
import { readingTimes } from './reading-times';
import type { TermFilter } from './term-filter';
import { watchPageChanges } from './watch-page-changes';

export type { PageReading } from './page-reader';

export type { HighlighterContext } from './highlighter-context';

export interface HighlighterOptions {
  document: Document;
  matcher: Matcher;
  ctx: HighlighterContext;
  /** Called after every scan with the entry ids found in this frame and how often. */
  onCounts: (counts: Record<string, number>) => void;
  /** Which found terms are marked (the settings); all are counted. */
  filter?: TermFilter;
  /** Marks with an underline instead of a background. */
  underline?: boolean;
  /**
   * Looks at each piece of text read, before anything is marked: true stops the highlighter and
   * removes every mark (the privacy guard's CPR check), after which `onGuarded` is called.
   */
  guard?: (text: string) => boolean;
  onGuarded?: () => void;
  /** What the page is (its act, whether it is about the field): asked when its text is first read. */
  readPage?: () => PageReading;
}

/** The highlight that marks the occurrence the panel asked to see, for a moment. */
const FLASH_NAME = 'metodelup-flash';
const FLASH_MS = 1600;

/** A page that changed its DOM this recently counts as live (see `TIGHT_MARGIN`). */
const LIVE_MS = 1000;

const isOwn = (node: Node) =>
  node.nodeType === 1 &&
  ((node as Element).localName.startsWith(OWN_PREFIX) || (node as Element).classList.contains(MARK_CLASS));

/**
 * Highlights the glossary's terms in a document and keeps them current as the page changes.
 * Viewport first: right after the page's first frame, the text on the reader's screen is read and
 * its terms registered; the whole page follows after its load, in slices of a few milliseconds,
 * for the counts, "På denne side" and the keyboard route. Only the terms near the screen are
 * registered, and they follow the reader. Watches the body and open shadow roots, and removes
 * every trace when WXT's context is invalidated.
 */
export function startHighlighter({ document, matcher, ctx, onCounts, filter, underline, guard, onGuarded, readPage }: HighlighterOptions) {
  const registry = typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : undefined;
  const painter: Painter = registry ? createHighlightPainter(registry, document) : createMarkPainter(document);
  painter.setFilter(filter);
  let name = underline ? UNDERLINE_NAME : HIGHLIGHT_NAME;
  painter.setName(name);
  /** Stopped by `stop()` or the guard: nothing more is read or marked. */
  let stopped = false;
  const watchedShadowRoots = new WeakSet<ShadowRoot>();
  let queue: Promise<void> = Promise.resolve();
  /** The painter's version when the counts were last reported. */
  let reported = -1;

  /** When the page last changed its DOM: a page that keeps changing gets only the screen's terms registered. */
  let changedAt = -Infinity;
  const live = () => performance.now() - changedAt < LIVE_MS;
  const refreshNow = () => {
    // A scan that is painting refreshes when it is done.
    if (stopped || ctx.isInvalid || reader.painting) return;
    painter.refresh({ tight: live() });
  };
  const refreshAfterFrame = followReader(ctx, document.defaultView, refreshNow);
  /** Once the page has stopped changing, what a page at rest registers (the references too) is registered again. */
  let settling = false;
  const settleLater = () => {
    if (settling) return;
    settling = true;
    ctx.setTimeout(() => {
      settling = false;
      if (live()) settleLater();
      else refreshAfterFrame();
    }, LIVE_MS);
  };

  const watcher = watchPageChanges({
    onChanges: ({ roots }) => {
      schedule(roots === 'all' ? [document.body] : roots);
    },
    ignore: (node) => isOwn(node),
    quiet: quietChange(painter, matcher),
    onAnyChange: () => {
      const was = live();
      changedAt = performance.now();
      if (!was) refreshAfterFrame();
      settleLater();
    },
    setTimer: (callback, ms) => ctx.setTimeout(callback, ms),
    // The context's timers are plain timer ids: the page's clearTimeout cancels them.
    clearTimer: (id) => {
      clearTimeout(id);
    },
  });

  const onShadowRoot = (root: ShadowRoot) => {
    if (watchedShadowRoots.has(root)) return;
    watchedShadowRoots.add(root);
    watcher.observe(root);
    schedule([root]);
  };

  const reader = createPageReader({
    document,
    matcher,
    painter,
    slices: { stopped: () => ctx.isInvalid || stopped, setTimer: (callback: () => void, ms: number) => ctx.setTimeout(callback, ms) },
    guard,
    onGuarded: () => {
      stop();
      onGuarded?.();
    },
    onShadowRoot,
    readPage: readPage ?? (() => ({ field: true })),
  });

  /** Registers what is found as soon as that costs no layout work: after a frame when it reads the layout. */
  const refreshWhenLaidOut = () => {
    if (painter.windowed) refreshAfterFrame();
    else refreshNow();
  };

  /** Scans roots, then reports the counts when they changed and registers what the reader can see. */
  const scan = async (roots: Node[]) => {
    const painted = await reader.scan(roots);
    watcher.discardPending();
    if (!painted) return;
    if (painter.version !== reported) {
      reported = painter.version;
      onCounts(painter.counts());
    }
    // Finding the reader's place reads the layout: wait until a frame has laid the page out, so
    // that the page's own layout work and ours never share one task.
    refreshWhenLaidOut();
  };

  /** Runs `work` after the work queued before it; an error stops only this piece, quietly. */
  const enqueue = <T>(work: () => Promise<T>, onError: T): Promise<T> => {
    const run = queue.then(work).catch((error: unknown) => {
      // Never into the page: a page we cannot read is a page without highlights.
      console.debug('Metodelup: scanning stopped', error);
      return onError;
    });
    queue = run.then(() => undefined);
    return run;
  };

  /** Removes every mark and stops reading the page, at once. */
  function stop() {
    stopped = true;
    watcher.disconnect();
    painter.clear();
    registry?.delete(FLASH_NAME);
  }

  const schedule = (roots: Node[]) => {
    if (!stopped) void enqueue(() => scan(roots), undefined);
  };

  readingTimes(ctx, document, {
    firstScreen: () => enqueue(reader.firstScreen, true),
    parsed: () => {
      if (document.body && !stopped) watcher.observe(document.body);
    },
    loaded: () => {
      schedule([document.body]);
    },
  });
  ctx.onInvalidated(() => {
    watcher.disconnect();
    painter.clear();
    registry?.delete(FLASH_NAME);
  });

  /** Scrolls a range into view (its start, when it is taller than the screen) and flashes it; false when it is not in the page. */
  function revealRange(range: AbstractRange): boolean {
    const start = range.startContainer;
    const element = start.nodeType === 1 ? ((start.childNodes[range.startOffset] as Element | undefined) ?? (start as Element)) : start.parentElement;
    if (!element?.isConnected || typeof element.scrollIntoView !== 'function') return false;
    const view = document.defaultView;
    const reduceMotion = view?.matchMedia('(prefers-reduced-motion: reduce)').matches ?? false;
    const tall = element.getBoundingClientRect().height > (view?.innerHeight ?? 0) * 0.6;
    element.scrollIntoView({ block: tall ? 'start' : 'center', behavior: reduceMotion ? 'instant' : 'smooth' });
    if (registry) {
      registry.set(FLASH_NAME, new Highlight(range));
      ctx.setTimeout(() => {
        registry.delete(FLASH_NAME);
      }, FLASH_MS);
    }
    return true;
  }

  return {
    /** The term after `previous`, or the first from the top of the viewport. */
    termAfter: (previous: AbstractRange | undefined) => painter.termAfter(previous),
    /** Registers what the reader can see now (after scrolling to a term). */
    refresh: refreshNow,
    /** The highlighted term under a point of the viewport, if any. */
    termAtPoint: (x: number, y: number) => (stopped ? undefined : termAtPoint(document, painter, registry !== undefined, x, y)),
    stop,
    /** Applies new settings to what is found already: marks the terms the filter accepts, in the style asked. */
    restyle(next: { filter?: TermFilter; underline?: boolean }) {
      if (stopped) return;
      painter.setFilter(next.filter);
      name = next.underline ? UNDERLINE_NAME : HIGHLIGHT_NAME;
      painter.setName(name);
      if (registry) refreshWhenLaidOut();
      else schedule([document.body]);
    },
    /** Reads the whole page afresh; `newPage` when its address changed (a single-page app), so that what it is is asked again. */
    rescanAll: (newPage = false) => {
      if (newPage) reader.forgetReading();
      schedule([document.body]);
    },
    /** Scrolls to the next occurrence of an entry and flashes it; false when there is none. */
    reveal(entryId: string): boolean {
      const range = painter.nextOccurrence(entryId);
      return range ? revealRange(range) : false;
    },
    revealRange,
  };
}
