import type { Matcher } from '../matcher/compile-matcher';
import { visibleText } from '../matcher/text-patterns';
import { nodeIndexAt, type CollectedText } from './collect-text';

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

/**
 * The terms in `collected.text` between `from` and `to` (a chunk cut at run breaks); `chunk` is that
 * text when the caller has joined it already.
 */
export function findTerms(
  collected: CollectedText,
  matcher: Matcher,
  suppressed: ReadonlySet<string>,
  from = 0,
  to = collected.length,
  chunk = collected.slice(from, to),
): FoundTerm[] {
  const { nodes, starts } = collected;
  const found: FoundTerm[] = [];
  let index = 0;
  for (const match of matcher.find(chunk, { suppressed })) {
    const start = from + match.start;
    const end = from + match.end;
    index = nodeIndexAt(collected, start, false, index);
    const last = nodeIndexAt(collected, end, true, index);
    found.push({
      entryId: match.entryId,
      start: { node: nodes[index] as Text, offset: start - (starts[index] ?? 0) },
      end: { node: nodes[last] as Text, offset: end - (starts[last] ?? 0) },
      // Made only when read (`npm run scan`): the content script never needs it.
      get text() {
        return visibleText(collected.slice(start, end));
      },
    });
  }
  return found;
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
