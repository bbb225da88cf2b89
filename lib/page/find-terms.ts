import { chooseSenses, findReferences, REFERENCE_ID, type Provision } from '../acts';
import type { SensedMatch } from '../acts';
import type { Match, Matcher } from '../matcher/create-matcher';
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
  /** A reference to a provision (entry id {@link REFERENCE_ID}): what it names, and the act it points into. */
  reference?: PageReference;
}

/** A reference on the page: the provision named, in this page's act or (`act`) another act of the register. */
export interface PageReference {
  provision: Provision;
  act?: string;
}

export interface FindOptions {
  /** Abbreviations the page defines with another meaning (the page-level rule). */
  suppressed?: ReadonlySet<string>;
  /** The browser's verdict on an element and its ancestors (display: none and the like); none in `npm run scan`. */
  isHidden?: (element: Element) => boolean;
  /** The act the page holds (lib/acts): the sense of a word several acts use. */
  pageAct?: string;
  /**
   * Find references to provisions too (lib/acts/references.ts): those into another act of the
   * register always, those into this page's act where `sameAct` (the page holds provisions), and
   * not after `amendmentNotes` (retsinformation.dk's notes quoting the amending acts, whose
   * "§ 11" is theirs). None in `npm run scan`.
   */
  references?: { sameAct: boolean; amendmentNotes?: Node | null };
}

const FOLLOWING = 4;

/** The terms in one chunk of collected text; terms in hidden elements are left out. */
export function findTerms(collected: CollectedText, matcher: Matcher, chunk: TextChunk, options: FindOptions = {}): FoundTerm[] {
  const { nodes, starts } = collected;
  const { isHidden } = options;
  const found: FoundTerm[] = [];
  // Asked once per element that holds a term: far fewer than the page's elements.
  const hidden = new Map<Node, boolean>();
  let index = nodeIndexAt(collected, chunk.from);
  const matches = chooseSenses(matcher.find(chunk.text, { suppressed: options.suppressed }), chunk.text, options.pageAct, (id) => matcher.senseOf(id));
  const references = options.references ? referencesIn(chunk.text, matches, options.pageAct, options.references.sameAct) : [];
  // Terms and references in one walk forward through the text nodes, in order.
  const hits: readonly Hit[] = references.length > 0 ? mergeByStart(matches, references) : matches;
  for (const match of hits) {
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
    if (match.reference) {
      const notes = options.references?.amendmentNotes;
      if (!match.reference.act && notes && (notes.compareDocumentPosition(startNode) & FOLLOWING) !== 0) continue;
      term.reference = match.reference;
    }
    found.push(term);
  }
  return found;
}

type Hit = SensedMatch & { reference?: PageReference };

/** The references of a text as matches: an act the register does not know gets none; this page's act only where asked. */
function referencesIn(text: string, matches: readonly Match[], pageAct: string | undefined, sameAct: boolean): Hit[] {
  const out: Hit[] = [];
  for (const reference of findReferences(text, matches, pageAct)) {
    if (reference.unknownAct || (!reference.act && !sameAct)) continue;
    const { provision, act } = reference;
    out.push({ start: reference.start, end: reference.end, entryId: REFERENCE_ID, reference: act ? { provision, act } : { provision } });
  }
  return out;
}

/** Two lists in text order as one. */
function mergeByStart(a: readonly Hit[], b: readonly Hit[]): Hit[] {
  const out: Hit[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const left = a[i];
    const right = b[j];
    if (left && (!right || left.start <= right.start)) {
      out.push(left);
      i += 1;
    } else if (right) {
      out.push(right);
      j += 1;
    }
  }
  return out;
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
