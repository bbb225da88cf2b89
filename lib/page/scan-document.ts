import type { Matcher } from '../matcher/compile-matcher';
import { collectTextRuns, type CollectOptions, type TextRun } from './collect-text';
import { findTermsInRun, type FoundTerm } from './find-terms';

/**
 * Every term in a root, in one go: the page-level rule first (abbreviations the page defines
 * otherwise), then the matches. `npm run scan` uses this as it is; the content script runs the
 * same steps in slices.
 */
export function scanRoot(root: Node, matcher: Matcher, options: CollectOptions = {}): FoundTerm[] {
  const runs: TextRun[] = [...collectTextRuns(root, options)];
  const suppressed = definedOtherwiseIn(runs, matcher);
  return runs.flatMap((run) => findTermsInRun(run, matcher, suppressed));
}

export function definedOtherwiseIn(runs: readonly TextRun[], matcher: Matcher, into = new Set<string>()): Set<string> {
  for (const run of runs) for (const abbreviation of matcher.definedOtherwise(run.text)) into.add(abbreviation);
  return into;
}
