import type { MatchableEntry } from '../glossary/matchable';
import {
  compileOtherMeanings,
  compoundShowsOtherMeaning,
  definedOtherwise,
  inCapitalsRun,
  surroundedByEnglish,
  type OtherMeaning,
} from './ambiguity';
import { deriveForms } from './danish-forms';

export interface Match {
  start: number;
  end: number;
  entryId: string;
}

export interface FindOptions {
  /** Abbreviations the page defines with another meaning; see {@link Matcher.definedOtherwise}. */
  suppressed?: ReadonlySet<string>;
}

export interface Matcher {
  /** Non-overlapping matches in text order; where two could start at one place, the longest wins. */
  find(text: string, options?: FindOptions): Match[];
  /** The ambiguous abbreviations that this text (the whole page) defines with another meaning. */
  definedOtherwise(text: string): Set<string>;
}

/** A last word shorter than this takes inflections only, no compound tail (keeps "jobbet", not "jobcenter"). */
const MIN_COMPOUND_HEAD = 5;
/** Names are looked up by the first letters of their first word. */
const KEY_LENGTH = 4;

/** A word of text: letters and digits in any script, with any soft hyphens inside it. */
const WORD = /[\p{L}\p{N}\u00ad]+/gu;
const SOFT_HYPHEN = /\u00ad/gu;
/** Separators compare with white-space runs (NBSP, line breaks, soft hyphens) folded to one space. */
const foldGap = (gap: string) => gap.replace(/[\s\u00ad]+/gu, ' ');

interface CompiledName {
  entryId: string;
  /** The name's words, lower case (abbreviations: as written). */
  words: string[];
  /** What stands between word i and word i + 1, white space folded. */
  gaps: string[];
  /** Every accepted spelling of the last word, lower case. */
  lastForms: Set<string>;
  /** The last word as written in the name, lower case; a compound starts with it. */
  lastBase: string;
  compound: boolean;
  abbreviation?: string;
  length: number;
}

function splitName(name: string): { words: string[]; gaps: string[] } {
  const words: string[] = [];
  const gaps: string[] = [];
  const pattern = new RegExp(WORD.source, 'gu');
  let previousEnd = -1;
  for (let match = pattern.exec(name); match; match = pattern.exec(name)) {
    if (previousEnd >= 0) gaps.push(foldGap(name.slice(previousEnd, match.index)));
    words.push(match[0].replace(SOFT_HYPHEN, ''));
    previousEnd = match.index + match[0].length;
  }
  return { words, gaps };
}

function compileWordName(entryId: string, name: string, extraForms: readonly string[]): CompiledName | undefined {
  const { words, gaps } = splitName(name.toLowerCase());
  const last = words.at(-1);
  if (!last) return undefined;
  // The rules inflect the last word as written in the name (for "peer-støtte": "støtte").
  const lastForms = new Set([...deriveForms(last), ...extraForms.map((form) => form.toLowerCase())]);
  return {
    entryId,
    words,
    gaps,
    lastForms,
    lastBase: last,
    compound: last.length >= MIN_COMPOUND_HEAD && /\p{L}$/u.test(last),
    length: name.length,
  };
}

/**
 * Compiles the glossary once into a matcher. Text is cut into words by one regular expression;
 * each word's first letters look up the few names that could start there, and those are checked
 * word by word with string comparisons, so a page is read once, at the speed of a Map lookup.
 */
export function compileMatcher(glossary: readonly MatchableEntry[]): Matcher {
  const byKey = new Map<string, CompiledName[]>();
  const byAbbreviation = new Map<string, CompiledName[]>();
  const otherMeanings = compileOtherMeanings(glossary);
  const abbreviations = new Set(glossary.flatMap((entry) => entry.abbreviations));
  const keyLengths = new Set<number>();

  const add = (map: Map<string, CompiledName[]>, key: string, name: CompiledName) => {
    const list = map.get(key);
    if (list) list.push(name);
    else map.set(key, [name]);
  };

  for (const entry of glossary) {
    const names = [entry.term, entry.englishTerm, ...entry.aliases].filter((name): name is string => !!name);
    const compiled = [...new Set(names)].map((name) =>
      // Irregular forms belong to one-word names; multi-word names have their own forms as names.
      compileWordName(entry.id, name, /\s/u.test(name.trim()) ? [] : entry.forms),
    );
    for (const form of entry.forms) {
      const name = compileWordName(entry.id, form, []);
      if (name) compiled.push({ ...name, lastForms: new Set([name.lastBase]), compound: false });
    }
    for (const name of compiled) {
      if (!name) continue;
      const key = (name.words[0] ?? '').slice(0, KEY_LENGTH);
      keyLengths.add(key.length);
      add(byKey, key, name);
    }
    for (const abbreviation of entry.abbreviations) {
      add(byAbbreviation, abbreviation, {
        entryId: entry.id,
        words: [abbreviation],
        gaps: [],
        lastForms: new Set([abbreviation]),
        lastBase: abbreviation,
        compound: false,
        abbreviation,
        length: abbreviation.length,
      });
    }
  }
  for (const list of [...byKey.values(), ...byAbbreviation.values()]) list.sort((a, b) => b.length - a.length);
  const lengths = [...keyLengths].sort((a, b) => b - a);

  const acceptAbbreviation = (text: string, abbreviation: string, start: number, end: number, tail: string | undefined, suppressed?: ReadonlySet<string>) => {
    if (inCapitalsRun(text, start, end, abbreviations)) return false;
    const meanings: readonly OtherMeaning[] | undefined = otherMeanings.get(abbreviation);
    if (!meanings) return true;
    if (suppressed?.has(abbreviation)) return false;
    if (tail !== undefined && compoundShowsOtherMeaning(tail, meanings)) return false;
    return !surroundedByEnglish(text, start, end);
  };

  return {
    find(text, options) {
      // The words of the text: where each starts and ends, and its lower-case spelling (made on demand).
      const starts: number[] = [];
      const ends: number[] = [];
      const raw: string[] = [];
      WORD.lastIndex = 0;
      for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
        starts.push(match.index);
        ends.push(match.index + match[0].length);
        raw.push(match[0]);
      }
      const lowered: (string | undefined)[] = [];
      const lower = (index: number): string => {
        let value = lowered[index];
        if (value === undefined) {
          const word = raw[index] ?? '';
          value = (word.includes('\u00ad') ? word.replace(SOFT_HYPHEN, '') : word).toLowerCase();
          lowered[index] = value;
        }
        return value;
      };
      /** "Rolig-forløbet", "IPS-indsatsen": a hyphen straight into the next word extends a match. */
      const hyphenTail = (index: number): number | undefined => {
        const end = ends[index] ?? 0;
        return text[end] === '-' && starts[index + 1] === end + 1 ? index + 1 : undefined;
      };

      /** The last word index of `name` matched from word `first`, or -1. */
      const matchName = (name: CompiledName, first: number): number => {
        const lastIndex = first + name.words.length - 1;
        if (lastIndex >= raw.length) return -1;
        for (let offset = 0; offset < name.words.length - 1; offset += 1) {
          const index = first + offset;
          if (lower(index) !== name.words[offset]) return -1;
          const gap = foldGap(text.slice(ends[index], starts[index + 1]));
          if (gap !== name.gaps[offset]) return -1;
        }
        const last = lower(lastIndex);
        if (name.lastForms.has(last)) return lastIndex;
        return name.compound && last.length > name.lastBase.length && last.startsWith(name.lastBase) ? lastIndex : -1;
      };

      const matches: Match[] = [];
      const suppressed = options?.suppressed;
      for (let index = 0; index < raw.length; index += 1) {
        const word = raw[index] ?? '';
        let bestEnd = -1;
        let bestLastWord = -1;
        let bestEntry = '';
        for (const name of byAbbreviation.get(word) ?? []) {
          const tailIndex = hyphenTail(index);
          const start = starts[index] ?? 0;
          const end = ends[tailIndex ?? index] ?? 0;
          const tail = tailIndex === undefined ? undefined : raw[tailIndex];
          if (end > bestEnd && acceptAbbreviation(text, name.abbreviation ?? '', start, ends[index] ?? 0, tail, suppressed)) {
            bestEnd = end;
            bestLastWord = tailIndex ?? index;
            bestEntry = name.entryId;
          }
        }
        const key = word.slice(0, KEY_LENGTH).toLowerCase();
        for (const length of lengths) {
          const candidates = byKey.get(length === key.length ? key : key.slice(0, length));
          if (!candidates) continue;
          for (const name of candidates) {
            let lastWord = matchName(name, index);
            if (lastWord < 0) continue;
            lastWord = hyphenTail(lastWord) ?? lastWord;
            const end = ends[lastWord] ?? 0;
            if (end > bestEnd) {
              bestEnd = end;
              bestLastWord = lastWord;
              bestEntry = name.entryId;
            }
          }
        }
        if (bestEnd >= 0) {
          matches.push({ start: starts[index] ?? 0, end: bestEnd, entryId: bestEntry });
          index = bestLastWord;
        }
      }
      return matches;
    },
    definedOtherwise: (text) => definedOtherwise(text, otherMeanings),
  };
}
