import type { Matcher } from '../matcher/compile-matcher';
import { visibleText } from '../matcher/text-patterns';
import { locate, type TextRun } from './collect-text';

export interface Boundary {
  node: Text;
  offset: number;
}

/** One occurrence of a glossary term in the page, as DOM positions. */
export interface FoundTerm {
  entryId: string;
  start: Boundary;
  end: Boundary;
  /** The words as the reader sees them ("personlig assistance"), for counts by form. */
  readonly text: string;
}

export function findTermsInRun(run: TextRun, matcher: Matcher, suppressed: ReadonlySet<string>): FoundTerm[] {
  return matcher.find(run.text, { suppressed }).map((match) => ({
    entryId: match.entryId,
    start: locate(run, match.start),
    end: locate(run, match.end, true),
    // Made only when read (`npm run scan`): the content script never needs it.
    get text() {
      return visibleText(run.text.slice(match.start, match.end));
    },
  }));
}

/** Entry id → how often, and in which written forms, it occurs. The shape `npm run scan` prints. */
export type TermTally = Record<string, { count: number; forms: Record<string, number> }>;

export function tallyTerms(found: Iterable<Pick<FoundTerm, 'entryId' | 'text'>>): TermTally {
  const tally: TermTally = {};
  for (const { entryId, text } of found) {
    const entry = (tally[entryId] ??= { count: 0, forms: {} });
    entry.count += 1;
    entry.forms[text] = (entry.forms[text] ?? 0) + 1;
  }
  return tally;
}
