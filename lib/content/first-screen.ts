import { collectAllText, type CollectedText } from '../page/collect-text';

/**
 * Characters read for the first screen: a screen of legislation holds about 5,000 on a laptop
 * (1280 × 800) and about 8,000 on a large monitor, so this covers the screen and one or two below.
 */
export const FIRST_SCREEN_CHARS = 15_000;

/** The element the address's fragment points to (a § of an act: `#P7a`), if the page has it yet. */
function fragmentTarget(document: Document): Element | undefined {
  const hash = document.location?.hash.slice(1);
  if (!hash) return undefined;
  let id = hash;
  try {
    id = decodeURIComponent(hash);
  } catch {
    // A fragment that is not valid percent-encoding is looked up as written.
  }
  return document.getElementById(id) ?? document.getElementsByName(id)[0] ?? undefined;
}

/**
 * The text the reader sees first, read before the rest of the page and without asking the layout
 * anything (the page may still be being parsed, and a question would make the browser lay it out
 * on the spot): the start of the body, or the element the address points to, and what follows,
 * {@link FIRST_SCREEN_CHARS} characters in all.
 */
export function collectFirstScreen(document: Document, chunkChars: number): CollectedText | undefined {
  const body = document.body;
  if (!body) return undefined;
  const target = fragmentTarget(document);
  return collectAllText(body, {
    from: target && body.contains(target) ? target : body,
    stopAfter: { chars: FIRST_SCREEN_CHARS },
    chunkChars,
  });
}
