import type { GlossaryEntry } from '../glossary/schema';
import { foldDanish } from './fold-danish';

/**
 * Lookup by §: "§ 96", "SEL § 112", "serviceloven 112", "servicelovens § 85", "LAS § 40 a",
 * "sygedagpengeloven § 24" find the entries grounded in that provision — the section of the
 * entry's legal basis, in the act of the register (data/acts.json) the entry names. Pure.
 */

/** A section of an act: its number and letter ("40 a" → 40, "a"; "96" → 96, ""). */
export interface Section {
  number: number;
  letter: string;
}

/** The acts as the search reads them from the register. */
export interface SearchAct {
  id: string;
  title: string;
  shortName: string;
  names: readonly string[];
  abbreviations: readonly string[];
}

export interface SectionQuery {
  /** The act the query names, when it names one. */
  act?: string;
  /** The section asked for; absent when the query names an act and no §. */
  section?: Section;
  /** The rest of the query, to be searched as words. */
  rest: string;
}

interface Span {
  from: Section;
  to: Section;
}

const compare = (a: Section, b: Section) => a.number - b.number || (a.letter < b.letter ? -1 : a.letter > b.letter ? 1 : 0);
const section = (number: string, letter = ''): Section => ({ number: Number(number), letter });

/**
 * A section number with its letter — but not the first letter of the next word ("§ 85
 * hjemmestøtte"), nor the word "i" ("§ 96 i serviceloven").
 */
const NUMBER = String.raw`(\d+)(?:\s*(?!i\s+[a-z])([a-z])(?![a-z0-9]))?`;
const SPANS = new RegExp(String.raw`${NUMBER}(?:\s*[-–]\s*${NUMBER})?`, 'g');

/**
 * The sections a legal basis names: "§ 83, stk. 1, nr. 2" → 83; "§§ 2-4, 7 a og 8" → 2–4, 7 a, 8;
 * "§§ 26 g-26 v og 48 a-48 g" → two spans. Subsections and numbers (stk., nr., pkt.) are left out.
 */
export function parseSections(text: string): Span[] {
  const bare = foldDanish(text).replace(/\b(?:stk|nr)\.\s*\d+(?:\s*[-–]\s*\d+)?|\d+\.\s*pkt\./g, ' ');
  const spans: Span[] = [];
  for (const match of bare.matchAll(SPANS)) {
    const [, from, fromLetter, to, toLetter] = match;
    if (!from) continue;
    spans.push({ from: section(from, fromLetter), to: to ? section(to, toLetter) : section(from, fromLetter) });
  }
  return spans;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const patterns = new WeakMap<readonly SearchAct[], { id: string; pattern: RegExp }[]>();

/** Each act's names, folded, longest first, as patterns that allow the genitive s ("servicelovens"); made once per register. */
function actPatterns(acts: readonly SearchAct[]): { id: string; pattern: RegExp }[] {
  let made = patterns.get(acts);
  if (!made) {
    made = makeActPatterns(acts);
    patterns.set(acts, made);
  }
  return made;
}

function makeActPatterns(acts: readonly SearchAct[]): { id: string; pattern: RegExp }[] {
  const named = acts.flatMap((act) =>
    [act.title, act.shortName, ...act.names, ...act.abbreviations].map((name) => ({ id: act.id, name: foldDanish(name).replace(/\s+/g, ' ').trim() })),
  );
  return named
    .sort((a, b) => b.name.length - a.name.length)
    .map(({ id, name }) => ({ id, pattern: new RegExp(String.raw`(?:^|[^\p{L}\d])(${escape(name)}s?)(?![\p{L}\d])`, 'u') }));
}

const SECTION_SIGN = new RegExp(String.raw`(?:§§?|\bparagraf|\bpar\.)\s*${NUMBER}(?:\s*,?\s*stk\.\s*\d+)?`);
const BARE_NUMBER = new RegExp(String.raw`(?:^|\s)${NUMBER}(?:\s*,?\s*stk\.\s*\d+)?(?=\s|$)`);

/**
 * Reads a § reference out of a query: a § (or "paragraf") with a number, an act's name or
 * abbreviation with a number, or both. Undefined when the query holds neither a § nor an act
 * with a number beside other words.
 */
export function parseSectionQuery(query: string, acts: readonly SearchAct[]): SectionQuery | undefined {
  const text = ` ${foldDanish(query).replace(/\s+/g, ' ')} `;
  const named = actPatterns(acts)
    .map(({ id, pattern }) => ({ id, match: pattern.exec(text)?.[1] }))
    .find((candidate) => candidate.match);
  const act = named?.id;
  const found = SECTION_SIGN.exec(text) ?? (act ? BARE_NUMBER.exec(text.replace(named?.match ?? '', ' ')) : null);
  const rest = [named?.match, found?.[0]].reduce<string>((left, part) => (part ? left.replace(part, ' ') : left), text).trim();
  if (found?.[1]) return { act, section: section(found[1], found[2]), rest };
  // An act named beside other words narrows them to the act; an act's name alone is a word to search.
  return act && rest ? { act, rest } : undefined;
}

/** An entry grounded in a section: 1 for the section itself, less for a span of sections that holds it. */
export interface SectionHit {
  id: string;
  weight: number;
}

/** A § named in running text, with what follows it: "§§ 81-85", "§ 85, stk. 2", "§ 96 i serviceloven". */
const MENTION = new RegExp(String.raw`§§?\s*(${NUMBER}(?:\s*(?:,|og|[-–]|stk\.|nr\.)\s*${NUMBER})*)`, 'g');

/** The sections an entry's summary and description refer to. */
function mentionedSections(entry: GlossaryEntry): Span[] {
  const text = foldDanish(`${entry.summary} ${entry.description}`);
  return [...text.matchAll(MENTION)].flatMap((match) => parseSections(match[1] ?? ''));
}

interface Grounded {
  id: string;
  act?: string;
  acts: readonly string[];
  basis: Span[];
  mentioned: Span[];
}

const holds = (spans: readonly Span[], wanted: Section) => spans.find((span) => compare(span.from, wanted) <= 0 && compare(wanted, span.to) <= 0);

/**
 * The entries' sections, read on the first § query, and the lookup over them: an entry whose
 * legal basis is the section itself weighs 1, one whose basis is a span of sections holding it
 * 0.6, and one whose text refers to the section 0.35 (of the act asked for, when one is). Without
 * an act, every act's section of that number counts a little less.
 */
export function createSectionLookup(entries: readonly GlossaryEntry[]): (query: SectionQuery) => SectionHit[] {
  let grounded: Grounded[] | undefined;
  return ({ act, section: wanted }) => {
    if (!wanted) return [];
    grounded ??= entries.map((entry) => ({
      id: entry.id,
      act: entry.legalBasis?.act,
      acts: entry.acts,
      basis: entry.legalBasis?.section ? parseSections(entry.legalBasis.section) : [],
      mentioned: mentionedSections(entry),
    }));
    const hits: SectionHit[] = [];
    for (const entry of grounded) {
      const span = !act || entry.act === act ? holds(entry.basis, wanted) : undefined;
      const mentioned = !span && (!act || entry.act === act || entry.acts.includes(act)) && holds(entry.mentioned, wanted);
      if (!span && !mentioned) continue;
      const weight = span ? (compare(span.from, span.to) === 0 ? 1 : 0.6) : 0.35;
      hits.push({ id: entry.id, weight: weight * (act ? 1 : 0.8) });
    }
    return hits.length > 0 || !act ? hits : nearest(grounded, act, wanted);
  };
}

/**
 * No entry of the act is grounded in the section, nor refers to it: the act's entries, those
 * grounded in the nearest sections first ("sygedagpengeloven § 24" → § 27, forlængelse).
 */
function nearest(grounded: readonly Grounded[], act: string, wanted: Section): SectionHit[] {
  return grounded.flatMap((entry) => {
    if (entry.act !== act || entry.basis.length === 0) return [];
    const distance = Math.min(...entry.basis.map((span) => Math.max(0, span.from.number - wanted.number, wanted.number - span.to.number)));
    return [{ id: entry.id, weight: 0.2 / (1 + distance / 5) }];
  });
}

/** Whether an entry belongs to an act: its legal basis or the acts whose sense it explains. */
export const belongsToAct = (entry: GlossaryEntry, act: string): boolean => entry.legalBasis?.act === act || entry.acts.includes(act);
