import type { Matcher } from '../matcher/compile-matcher';
import { collectAllText, type CollectOptions } from './collect-text';
import { findTerms, type FoundTerm } from './find-terms';

/**
 * Every term in a root, in one go: the page-level rule first (abbreviations the page defines
 * otherwise), then the matches. `npm run scan` uses this as it is; the content script runs the
 * same steps in slices.
 */
export function scanRoot(root: Node, matcher: Matcher, options: CollectOptions = {}): FoundTerm[] {
  const collected = collectAllText(root, options);
  return findTerms(collected, matcher, matcher.definedOtherwise(collected.text));
}
