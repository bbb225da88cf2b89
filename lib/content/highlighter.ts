import type { Matcher } from '../matcher/create-matcher';
import { collectText, type CollectedText, type TextChunk } from '../page/collect-text';
import { findTerms, type FoundTerm } from '../page/find-terms';
import { OWN_PREFIX } from '../page/skip-rules';
import { createHighlightPainter, HIGHLIGHT_NAME, UNDERLINE_NAME, type Painter } from './highlight-painter';
import { termAtPoint } from './hover/term-at-point';
import { collectFirstScreen, FIRST_SCREEN_CHARS } from './first-screen';
import { followReader } from './follow-reader';
import type { HighlighterContext } from './highlighter-context';
import { createMarkPainter, MARK_CLASS } from './mark-painter';
import { quietChange } from './quiet-change';
import { readingTimes } from './reading-times';
import type { TermFilter } from './term-filter';
import { runInSlices, yieldToPage } from './time-slices';
import { watchPageChanges } from './watch-page-changes';

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
}

/** The highlight that marks the occurrence the panel asked to see, for a moment. */
const FLASH_NAME = 'metodelup-flash';
const FLASH_MS = 1600;

/** A page that changed its DOM this recently counts as live (see `TIGHT_MARGIN`). */
const LIVE_MS = 1000;

/** Characters the first screen's text is cut into, matched between two checks of the clock. */
const FIRST_SCREEN_CHUNK = 2000;

/** Characters matched between two checks of the clock: a few milliseconds of work. */
const CHUNK_CHARS = 20_000;

const isHidden = (element: Element) =>
  typeof element.checkVisibility === 'function' && !element.checkVisibility();

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
export function startHighlighter({ document, matcher, ctx, onCounts, filter, underline, guard, onGuarded }: HighlighterOptions) {
  const registry = typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : undefined;
  const painter: Painter = registry ? createHighlightPainter(registry, document) : createMarkPainter(document);
  painter.setFilter(filter);
  let name = underline ? UNDERLINE_NAME : HIGHLIGHT_NAME;
  painter.setName(name);
  /** Stopped by `stop()` or the guard: nothing more is read or marked. */
  let stopped = false;
  const suppressed = new Set<string>();
  const watchedShadowRoots = new WeakSet<ShadowRoot>();
  let queue: Promise<void> = Promise.resolve();
  /** The whole page has been read: the first screen's own reading is no longer needed. */
  let scannedWhole = false;
  /** A scan is adding its terms in slices: the window waits for all of them. */
  let painting = false;
  /** The painter's version when the counts were last reported. */
  let reported = -1;

  /** When the page last changed its DOM: a page that keeps changing gets only the screen's terms registered. */
  let changedAt = -Infinity;
  const live = () => performance.now() - changedAt < LIVE_MS;
  const refreshNow = () => {
    // A scan that is painting refreshes when it is done.
    if (stopped || ctx.isInvalid || painting) return;
    painter.refresh({ tight: live() });
  };
  const refreshAfterFrame = followReader(ctx, document.defaultView, refreshNow);

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

  const slices = { stopped: () => ctx.isInvalid || stopped, setTimer: (callback: () => void, ms: number) => ctx.setTimeout(callback, ms) };

  /** Text read, before any of it is painted: false when the guard trips; else the page-level rule learns from it. */
  const learn = (text: string): boolean => {
    if (guard?.(text)) return false;
    for (const abbreviation of matcher.definedOtherwise(text)) suppressed.add(abbreviation);
    return true;
  };
  const guarded = () => {
    stop();
    onGuarded?.();
  };

  /** Registers what is found as soon as that costs no layout work: after a frame when it reads the layout. */
  const refreshWhenLaidOut = () => {
    if (painter.windowed) refreshAfterFrame();
    else refreshNow();
  };

  /** Scans roots; a rescan of a root first forgets what was painted in it. */
  const scan = async (roots: Node[]) => {
    // Start in a task of its own: the one that loaded the script has had its share.
    await yieldToPage(slices.setTimer);
    const work: { collected: CollectedText; chunk: TextChunk; inShadow: boolean }[] = [];
    for (const root of roots) {
      const walk = collectText(root, { onShadowRoot, chunkChars: CHUNK_CHARS });
      let collected: CollectedText | undefined;
      const done = await runInSlices(() => {
        const step = walk.next();
        if (step.done) collected = step.value;
        return !step.done;
      }, slices);
      if (!done || !collected) return;
      const inShadow = root.getRootNode() !== document;
      for (const chunk of collected.chunks) work.push({ collected, chunk, inShadow });
    }
    // The page-level rule needs the whole page before any term is painted.
    let index = 0;
    let tripped = false;
    const read = await runInSlices(() => {
      const next = work[index++];
      if (!next) return false;
      tripped = !learn(next.chunk.text);
      return !tripped;
    }, slices);
    if (tripped) {
      guarded();
      return;
    }
    if (!read) return;
    painter.removeWithin(roots);
    // A whole-document scan finds the terms in document order: no sorting needed.
    const inOrder = roots.length === 1 && roots[0] === document.body;
    if (inOrder) scannedWhole = true;
    index = 0;
    painting = true;
    const painted = await runInSlices(() => {
      const next = work[index++];
      if (!next) return false;
      const found = findTerms(next.collected, matcher, next.chunk, { suppressed, isHidden });
      painter.add(found, { inShadow: next.inShadow, inOrder });
      return true;
    }, slices).finally(() => {
      painting = false;
    });
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

  /**
   * The reader's screen first, right after the page's first frame (reading-times.ts): the start of
   * the page, or the element its address points to, read without asking the layout anything,
   * matched in slices and registered. The whole page's scan replaces these terms; the page-level
   * rule sees only this text until then. True once a screen's worth of text was there.
   */
  const scanFirstScreen = async (): Promise<boolean> => {
    if (stopped || ctx.isInvalid || !document.body || scannedWhole) return true;
    const collected = collectFirstScreen(document, FIRST_SCREEN_CHUNK);
    if (!collected) return false;
    if (!collected.chunks.every((chunk) => learn(chunk.text))) {
      guarded();
      return true;
    }
    // In slices: the script is cold on every page, and its first matching costs several times more.
    const found: FoundTerm[][] = [];
    let index = 0;
    const done = await runInSlices(() => {
      const chunk = collected.chunks[index++];
      if (!chunk) return false;
      found.push(findTerms(collected, matcher, chunk, { suppressed }));
      return true;
    }, slices);
    if (!done || stopped || scannedWhole) return true;
    // A second look (more of the page was parsed) replaces the first.
    painter.removeWithin([document.body]);
    for (const terms of found) painter.add(terms);
    painter.refresh({ readLayout: false });
    return collected.length >= FIRST_SCREEN_CHARS;
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
    firstScreen: () => enqueue(scanFirstScreen, true),
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

  return {
    /** The term after `previous`, or the first from the top of the viewport. */
    termAfter: (previous: AbstractRange | undefined) => painter.termAfter(previous),
    /** Registers what the reader can see now (after scrolling to a term). */
    refresh: refreshNow,
    /** The highlighted term under a point of the viewport, if any. */
    termAtPoint: (x: number, y: number) => (stopped ? undefined : termAtPoint(document, painter, registry?.get(name), x, y)),
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
    rescanAll: () => {
      schedule([document.body]);
    },
    /** Scrolls to the next occurrence of an entry and flashes it; false when there is none. */
    reveal(entryId: string): boolean {
      const range = painter.nextOccurrence(entryId);
      const element = range?.startContainer.parentElement;
      if (!range || !element) return false;
      const reduceMotion = document.defaultView?.matchMedia('(prefers-reduced-motion: reduce)').matches ?? false;
      element.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'instant' : 'smooth' });
      if (registry) {
        registry.set(FLASH_NAME, new Highlight(range));
        ctx.setTimeout(() => {
          registry.delete(FLASH_NAME);
        }, FLASH_MS);
      }
      return true;
    },
  };
}
