import { holdsFieldTerms, holdsProvisions } from '../acts';
import type { Matcher } from '../matcher/create-matcher';
import { collectText, type CollectedText, type TextChunk } from '../page/collect-text';
import { findTerms, type FoundTerm } from '../page/find-terms';
import { collectFirstScreen, FIRST_SCREEN_CHARS } from './first-screen';
import type { Painter } from './painter';
import { runInSlices, yieldToPage } from './time-slices';

/** What the page is, for the senses of its words: the act it holds, and whether it is about the field at all. */
export interface PageReading {
  act?: string;
  /** About employment and social law (its host, its act): the words of the field only are marked. */
  field: boolean;
}

/** Characters the first screen's text is cut into, matched between two checks of the clock. */
const FIRST_SCREEN_CHUNK = 2000;

/** Where retsinformation.dk's notes on the amending acts begin (a rule, or their first heading). */
const AMENDMENT_NOTES = '.IKraftStreg, .IkraftTekst';

/** Characters matched between two checks of the clock: a few milliseconds of work. */
const CHUNK_CHARS = 20_000;

const isHidden = (element: Element) => typeof element.checkVisibility === 'function' && !element.checkVisibility();

interface Options {
  document: Document;
  matcher: Matcher;
  painter: Painter;
  slices: { stopped: () => boolean; setTimer: (callback: () => void, ms: number) => unknown };
  /** Looks at text read before anything is marked: true stops everything (the privacy guard). */
  guard?: (text: string) => boolean;
  onGuarded: () => void;
  onShadowRoot: (root: ShadowRoot) => void;
  /** What the page is: asked the first time text is read (the page's title is parsed by then), and after `forgetReading`. */
  readPage: () => PageReading;
}

/**
 * Reads text and finds its terms, for the highlighter: the reader's first screen before the page is
 * loaded, and whole roots after. Each word gets the sense of the act it stands in; the words of the
 * field only are kept where the page is about the field — by its host or act, or because the
 * whole page (or its first screen) holds several other terms. References to provisions are found
 * in the same pass; those into the page's own act only once a provision's heading was read. The
 * page-level abbreviation rule and the privacy guard see every piece of text before any of it is marked.
 */
export function createPageReader({ document, matcher, painter, slices, guard, onGuarded, onShadowRoot, readPage }: Options) {
  const suppressed = new Set<string>();
  let reading: PageReading | undefined;
  /** A provision's heading was read ("§ 7." opening a block): references into this page's act can be shown. */
  let provisions = false;
  /** retsinformation.dk's notes quoting the amending acts, after the act: their "§ 11" is theirs. */
  let amendmentNotes: Element | null = null;
  /** The whole page has been read: the first screen's own reading is no longer needed. */
  let scannedWhole = false;
  /** A scan is adding its terms: the window waits for all of them. */
  let painting = false;

  const page = () => (reading ??= readPage());

  /** Text read, before any of it is painted: false when the guard trips; else the page-level rule learns from it. */
  const learn = (text: string): boolean => {
    if (guard?.(text)) return false;
    for (const abbreviation of matcher.definedOtherwise(text)) suppressed.add(abbreviation);
    provisions ||= holdsProvisions(text);
    return true;
  };

  const find = (collected: CollectedText, chunk: TextChunk, withHidden: boolean) =>
    findTerms(collected, matcher, chunk, {
      suppressed,
      pageAct: page().act,
      references: { sameAct: provisions, amendmentNotes },
      ...(withHidden ? { isHidden } : {}),
    });

  /** The terms to keep: a page of the field keeps its field words; one found to hold several terms becomes one. */
  const keep = (found: FoundTerm[][], decides: boolean): FoundTerm[][] => {
    const current = page();
    if (!current.field && decides && holdsFieldTerms(found.flat())) current.field = true;
    return current.field ? found : found.map((terms) => terms.filter((term) => !term.fieldOnly));
  };

  /** Reads roots and registers their terms; a rescan of a root first forgets what was painted in it. False when nothing was painted. */
  async function scan(roots: Node[]): Promise<boolean> {
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
      if (!done || !collected) return false;
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
      onGuarded();
      return false;
    }
    if (!read) return false;
    const whole = roots.length === 1 && roots[0] === document.body;
    if (whole) amendmentNotes = document.querySelector(AMENDMENT_NOTES);
    index = 0;
    painting = true;
    try {
      const found: FoundTerm[][] = [];
      const matched = await runInSlices(() => {
        const next = work[index++];
        if (!next) return false;
        found.push(find(next.collected, next.chunk, true));
        return true;
      }, slices);
      if (!matched) return false;
      painter.removeWithin(roots);
      // A whole-document scan finds the terms in document order: no sorting needed.
      if (whole) scannedWhole = true;
      keep(found, whole).forEach((terms, at) => {
        painter.add(terms, { inShadow: work[at]?.inShadow, inOrder: whole });
      });
      return true;
    } finally {
      painting = false;
    }
  }

  /**
   * The reader's screen first, right after the page's first frame (reading-times.ts): the start of
   * the page, or the element its address points to, read without asking the layout anything,
   * matched in slices and registered. The whole page's scan replaces these terms; the page-level
   * rule sees only this text until then. True once a screen's worth of text was there.
   */
  async function firstScreen(): Promise<boolean> {
    if (slices.stopped() || !document.body || scannedWhole) return true;
    const collected = collectFirstScreen(document, FIRST_SCREEN_CHUNK);
    if (!collected) return false;
    if (!collected.chunks.every((chunk) => learn(chunk.text))) {
      onGuarded();
      return true;
    }
    // In slices: the script is cold on every page, and its first matching costs several times more.
    const found: FoundTerm[][] = [];
    let index = 0;
    const done = await runInSlices(() => {
      const chunk = collected.chunks[index++];
      if (!chunk) return false;
      found.push(find(collected, chunk, false));
      return true;
    }, slices);
    if (!done || slices.stopped() || scannedWhole) return true;
    // A second look (more of the page was parsed) replaces the first.
    painter.removeWithin([document.body]);
    for (const terms of keep(found, true)) painter.add(terms);
    painter.refresh({ readLayout: false });
    return collected.length >= FIRST_SCREEN_CHARS;
  }

  return {
    scan,
    firstScreen,
    /** A scan is adding its terms right now. */
    get painting() {
      return painting;
    },
    /** The page changed its address (a single-page app): what it is is asked again. */
    forgetReading() {
      reading = undefined;
      provisions = false;
      amendmentNotes = null;
    },
  };
}
