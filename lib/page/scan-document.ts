import type { Matcher } from '../matcher/create-matcher';
import { collectAllText, type CollectOptions } from './collect-text';
import { findTerms, termText, type FindOptions, type FoundTerm } from './find-terms';

export interface ScannedTerm extends FoundTerm {
  /** The words as the reader sees them ("personlig assistance"). */
  text: string;
}

/**
 * Every term in a root, in one go: the page-level rule first (abbreviations the page defines
 * otherwise), then the matches. `npm run scan` uses this as it is; the content script runs the
 * same steps in slices.
 */
export function scanRoot(
  root: Node,
  matcher: Matcher,
  options: CollectOptions & Pick<FindOptions, 'isHidden'> = {},
): ScannedTerm[] {
  const collected = collectAllText(root, options);
  const suppressed = new Set(collected.chunks.flatMap((chunk) => [...matcher.definedOtherwise(chunk.text)]));
  return collected.chunks.flatMap((chunk) =>
    findTerms(collected, matcher, chunk, { suppressed, isHidden: options.isHidden }).map((term) => ({
      ...term,
      text: termText(collected, term),
    })),
  );
}
