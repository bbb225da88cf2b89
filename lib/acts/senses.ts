import type { SenseInfo } from '../matcher/compile-glossary';
import type { Match } from '../matcher/create-matcher';
import { actOf, isActId } from './act-names';
import { isReferenceId } from './references';
import { FIELD_TERMS } from './field';

/** A match with its sense chosen. */
export interface SensedMatch extends Match {
  /** The other entries that share the name ("Se også" on the card). */
  alternatives?: readonly string[];
  /** Nothing on the page told the senses apart: the card shows every one, never a silent guess. */
  undecided?: true;
  /** A word of the field only: kept on pages about the field, dropped elsewhere (see {@link FIELD_TERMS}). */
  fieldOnly?: true;
}

/**
 * How far from a word an act named beside it decides its sense, in characters, within one block:
 * "hjælpemidler efter servicelovens § 112", "rådighed, jf. § 13 i lov om aktiv socialpolitik".
 */
export const NEAR = 160;

/** The act named nearest to a match within {@link NEAR} characters, not across a block boundary (U+0000). */
function nearbyAct(text: string, match: Match, mentions: readonly Match[]): string | undefined {
  let best: string | undefined;
  let bestDistance = NEAR + 1;
  for (const mention of mentions) {
    const distance = mention.start >= match.end ? mention.start - match.end : match.start - mention.end;
    if (distance < 0 || distance >= bestDistance) continue;
    const from = Math.min(match.end, mention.end);
    const to = Math.max(match.start, mention.start);
    if (text.slice(from, to).includes('\u0000')) continue;
    bestDistance = distance;
    best = actOf(mention.entryId);
  }
  return best;
}

/**
 * Each word in the sense of the act it stands in. Where several entries share a name, the act
 * named beside the word decides, else the page's act; where neither does, the first entry is kept
 * with the others as alternatives and marked undecided. A word of the field only that belongs to
 * other acts than the one in force here is dropped ("opfølgning" of the sickness-benefit act on an
 * employment act's page); so are shared names none of whose senses belongs here. Acts named on the
 * page stay as they are. Pure: `senseOf` answers from the compiled glossary.
 */
export function chooseSenses(
  matches: readonly Match[],
  text: string,
  pageAct: string | undefined,
  senseOf: (entryId: string) => SenseInfo | undefined,
): SensedMatch[] {
  const mentions = matches.filter((match) => isActId(match.entryId));
  const out: SensedMatch[] = [];
  for (const match of matches) {
    const ids = match.senses ?? [match.entryId];
    const single = ids.length === 1;
    const first = senseOf(ids[0] as string);
    if (single && !first) {
      out.push(match);
      continue;
    }
    const here = (mentions.length > 0 ? nearbyAct(text, match, mentions) : undefined) ?? pageAct;
    const belongs = (id: string) => here !== undefined && (senseOf(id)?.acts?.includes(here) ?? false);
    const plain: Match = { start: match.start, end: match.end, entryId: match.entryId };
    if (single) {
      // One entry: a word of the field only is not marked on another act's page.
      if (first?.field && first.acts && here !== undefined && !belongs(match.entryId)) continue;
      out.push(first?.field ? { ...plain, fieldOnly: true } : plain);
      continue;
    }
    const chosen = ids.find(belongs);
    const others = (id: string) => ids.filter((other) => other !== id);
    const allField = ids.every((id) => senseOf(id)?.field);
    if (chosen) {
      out.push({ ...plain, entryId: chosen, alternatives: others(chosen), ...(senseOf(chosen)?.field ? { fieldOnly: true as const } : {}) });
    } else if (here !== undefined && allField) {
      // An act is in force here, and the word names none of its schemes.
      continue;
    } else {
      const entryId = ids[0] as string;
      out.push({ ...plain, entryId, alternatives: others(entryId), undecided: true, ...(allField ? { fieldOnly: true as const } : {}) });
    }
  }
  return out;
}

/**
 * Whether a page is about the field from what was found on it: at least {@link FIELD_TERMS}
 * different entries that are neither words of the field only, nor acts, nor references.
 */
export function holdsFieldTerms(found: Iterable<{ entryId: string; fieldOnly?: true }>, enough = FIELD_TERMS): boolean {
  const seen = new Set<string>();
  for (const term of found) {
    if (term.fieldOnly || isActId(term.entryId) || isReferenceId(term.entryId)) continue;
    seen.add(term.entryId);
    if (seen.size >= enough) return true;
  }
  return false;
}

