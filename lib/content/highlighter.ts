import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Matcher } from '../matcher/create-matcher';
import { collectText, type CollectedText, type TextChunk } from '../page/collect-text';
import { findTerms } from '../page/find-terms';
import { OWN_PREFIX } from '../page/skip-rules';
import { createHighlightPainter, HIGHLIGHT_NAME, UNDERLINE_NAME, type Painter } from './highlight-painter';
import { termAtPoint } from './hover/term-at-point';
import { createMarkPainter, MARK_CLASS } from './mark-painter';
import type { TermFilter } from './term-filter';
import { runInSlices, yieldToPage } from './time-slices';
import { watchPageChanges } from './watch-page-changes';

/** What the highlighter needs from WXT's content-script context: its timers, listeners and lifetime. */
export type HighlighterContext = Pick<
  ContentScriptContext,
  'isInvalid' | 'setTimeout' | 'requestAnimationFrame' | 'requestIdleCallback' | 'addEventListener' | 'onInvalidated'
>;

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

/** Longest wait for the page's load event before scanning anyway. */
const LOAD_WAIT_MS = 2000;
/** Longest wait for an idle moment once loaded. */
const IDLE_WAIT_MS = 1000;

/** Characters matched between two checks of the clock: a few milliseconds of work. */
const CHUNK_CHARS = 20_000;

const isHidden = (element: Element) =>
  typeof element.checkVisibility === 'function' && !element.checkVisibility();

const isOwn = (node: Node) =>
  node.nodeType === 1 &&
  ((node as Element).localName.startsWith(OWN_PREFIX) || (node as Element).classList.contains(MARK_CLASS));

/**
 * Highlights the glossary's terms in a document and keeps them current as the page changes:
 * scans in slices of a few milliseconds, watches the body and open shadow roots, and removes every
 * trace when WXT's context is invalidated.
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

  const watcher = watchPageChanges({
    onChanges: ({ roots }) => {
      schedule(roots === 'all' ? [document.body] : roots);
    },
    ignore: (node) => isOwn(node),
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
    let guarded = false;
    const read = await runInSlices(() => {
      const next = work[index++];
      if (!next) return false;
      if (guard?.(next.chunk.text)) {
        guarded = true;
        return false;
      }
      for (const abbreviation of matcher.definedOtherwise(next.chunk.text)) suppressed.add(abbreviation);
      return true;
    }, slices);
    if (guarded) {
      stop();
      onGuarded?.();
      return;
    }
    if (!read) return;
    painter.removeWithin(roots);
    // A whole-document scan finds the terms in document order: no sorting needed.
    const inOrder = roots.length === 1 && roots[0] === document.body;
    index = 0;
    const painted = await runInSlices(() => {
      const next = work[index++];
      if (!next) return false;
      const found = findTerms(next.collected, matcher, next.chunk, { suppressed, isHidden });
      painter.add(found, { inShadow: next.inShadow, inOrder });
      return true;
    }, slices);
    watcher.discardPending();
    if (!painted) return;
    onCounts(painter.counts());
    if (!painter.windowed) {
      painter.refresh();
      return;
    }
    // Finding the reader's place reads the layout: wait until a frame has laid the page out, so
    // that the page's own layout work and ours never share one task.
    ctx.requestAnimationFrame(() => ctx.setTimeout(() => {
      painter.refresh();
    }, 0));
  };

  // On a page with more terms than are registered at once, the registered ones follow the reader.
  let frameAsked = false;
  const view = document.defaultView;
  if (view) {
    ctx.addEventListener(
      view,
      'scroll',
      () => {
        if (frameAsked) return;
        frameAsked = true;
        ctx.requestAnimationFrame(() => {
          frameAsked = false;
          painter.refresh();
        });
      },
      { capture: true, passive: true },
    );
  }

  /** Removes every mark and stops reading the page, at once. */
  function stop() {
    stopped = true;
    watcher.disconnect();
    painter.clear();
    registry?.delete(FLASH_NAME);
  }

  const schedule = (roots: Node[]) => {
    if (stopped) return;
    queue = queue.then(() => scan(roots)).catch((error: unknown) => {
      // Never into the page: a page we cannot read is a page without highlights.
      console.debug('Metodelup: scanning stopped', error);
    });
  };

  if (document.body) {
    watcher.observe(document.body);
    // Start after the page's load, in an idle moment: the page's own first frames after load are
    // its heaviest work, and ours should neither share their tasks nor delay them. A page whose
    // load never ends (a slow image) is scanned after a while anyway.
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      ctx.setTimeout(() => {
        ctx.requestIdleCallback(
          () => {
            schedule([document.body]);
          },
          { timeout: IDLE_WAIT_MS },
        );
      }, 0);
    };
    if (document.readyState === 'complete') start();
    else {
      ctx.addEventListener(document.defaultView ?? window, 'load', start, { once: true });
      ctx.setTimeout(start, LOAD_WAIT_MS);
    }
  }
  ctx.onInvalidated(() => {
    watcher.disconnect();
    painter.clear();
    registry?.delete(FLASH_NAME);
  });

  return {
    /** The term after `previous`, or the first from the top of the viewport. */
    termAfter: (previous: AbstractRange | undefined) => painter.termAfter(previous),
    /** Registers what the reader can see now (after scrolling to a term). */
    refresh: () => {
      painter.refresh();
    },
    /** The highlighted term under a point of the viewport, if any. */
    termAtPoint: (x: number, y: number) => (stopped ? undefined : termAtPoint(document, painter, registry?.get(name), x, y)),
    stop,
    /** Applies new settings to what is found already: marks the terms the filter accepts, in the style asked. */
    restyle(next: { filter?: TermFilter; underline?: boolean }) {
      if (stopped) return;
      painter.setFilter(next.filter);
      name = next.underline ? UNDERLINE_NAME : HIGHLIGHT_NAME;
      painter.setName(name);
      if (registry) painter.refresh();
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
