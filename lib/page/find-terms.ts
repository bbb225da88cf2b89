import { chooseSenses } from '../acts';
import type { Matcher } from '../matcher/create-matcher';
import { visibleText } from '../matcher/text-patterns';
import { nodeIndexAfter, nodeIndexAt, type CollectedText, type TextChunk } from './collect-text';

export interface Boundary {
  node: Text;
  offset: number;
}

/** One occurrence of a glossary term in the page, as DOM positions. */
export interface FoundTerm {
  entryId: string;
  start: Boundary;
  end: Boundary;
  /** Where the term lies in the collected text (for {@link termText}). */
  from: number;
  to: number;
  /** Other entries sharing the name (see lib/acts/senses.ts). */
  alternatives?: readonly string[];
  /** Nothing told the senses apart: the card shows all of them. */
  undecided?: true;
  /** A word of the field only: kept where the page is about the field. */
  fieldOnly?: true;
}

export interface FindOptions {
  /** Abbreviations the page defines with another meaning (the page-level rule). */
  suppressed?: ReadonlySet<string>;
  /** The browser's verdict on an element and its ancestors (display: none and the like); none in `npm run scan`. */
  isHidden?: (element: Element) => boolean;
  /** The act the page holds (lib/acts): the sense of a word several acts use. */
  pageAct?: string;
}

/** The terms in one chunk of collected text; terms in hidden elements are left out. */
export function findTerms(collected: CollectedText, matcher: Matcher, chunk: TextChunk, options: FindOptions = {}): FoundTerm[] {
  const { nodes, starts } = collected;
  const { isHidden } = options;
  const found: FoundTerm[] = [];
  // Asked once per element that holds a term: far fewer than the page's elements.
  const hidden = new Map<Node, boolean>();
  let index = nodeIndexAt(collected, chunk.from);
  const matches = chooseSenses(matcher.find(chunk.text, { suppressed: options.suppressed }), chunk.text, options.pageAct, (id) => matcher.senseOf(id));
  for (const match of matches) {
    const from = chunk.from + match.start;
    const to = chunk.from + match.end;
    index = nodeIndexAfter(collected, from, index);
    const last = nodeIndexAfter(collected, to, index, true);
    const startNode = nodes[index] as Text;
    if (isHidden) {
      const parent = startNode.parentElement;
      if (parent) {
        let verdict = hidden.get(parent);
        if (verdict === undefined) hidden.set(parent, (verdict = isHidden(parent)));
        if (verdict) continue;
      }
    }
    const term: FoundTerm = {
      entryId: match.entryId,
      start: { node: startNode, offset: from - (starts[index] ?? 0) },
      end: { node: nodes[last] as Text, offset: to - (starts[last] ?? 0) },
      from,
      to,
    };
    if (match.alternatives) term.alternatives = match.alternatives;
    if (match.undecided) term.undecided = true;
    if (match.fieldOnly) term.fieldOnly = true;
    found.push(term);
  }
  return found;
}

/** The words of a found term as the reader sees them ("personlig assistance"), for counts by form. */
export function termText(collected: CollectedText, term: Pick<FoundTerm, 'from' | 'to'>): string {
  return visibleText(collected.slice(term.from, term.to));
}

/** Entry id → how often, and in which written forms, it occurs. The shape `npm run scan` prints. */
export type TermTally = Record<string, { count: number; forms: Record<string, number> }>;

export function tallyTerms(found: Iterable<{ entryId: string; text: string }>): TermTally {
  const tally: TermTally = {};
  for (const { entryId, text } of found) {
    const entry = (tally[entryId] ??= { count: 0, forms: {} });
    entry.count += 1;
    entry.forms[text] = (entry.forms[text] ?? 0) + 1;
  }
  return tally;
}
