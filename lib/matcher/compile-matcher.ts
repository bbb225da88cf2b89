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
import { literalSource, WORD_CHAR } from './text-patterns';

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

/** A last word shorter than this takes inflections only, no compound tail (keeps "mentorer", not "mentoriske"). */
const MIN_COMPOUND_HEAD = 5;

interface Pattern {
  entryId: string;
  /** Sticky: tried only where a word starts whose first letters fit. */
  regex: RegExp;
  /** Longer names are tried first, so that ressourceforløbsydelse beats ressourceforløb. */
  length: number;
  abbreviation?: string;
}

const NOT_AFTER_WORD = `(?<!${WORD_CHAR})`;
const END_OF_WORD = `(?!${WORD_CHAR})`;
const KEY_LENGTH = 4;

/** The regex source of a word name: literal words, the last one inflected, compounds where long enough. */
function wordNameSource(name: string, forms: readonly string[]): string {
  const words = name.trim().split(/\s+/u);
  const last = words.pop() ?? '';
  const lastForms = [...new Set([...deriveForms(last), ...forms])].sort((a, b) => b.length - a.length);
  const head = words.map((word) => `${literalSource(word)}[\\s\\u00ad]+`).join('');
  const tail = last.length >= MIN_COMPOUND_HEAD && /\p{L}$/u.test(last) ? `${WORD_CHAR}*` : '';
  return `${head}(?:${lastForms.map(literalSource).join('|')})${tail}(?:-\\p{L}${WORD_CHAR}*)?`;
}

/**
 * Compiles the glossary once into a matcher. Text is cut into words once; each word's first
 * letters look up the few names that could start there, and only those run, anchored at that word.
 */
export function compileMatcher(glossary: readonly MatchableEntry[]): Matcher {
  const byWordKey = new Map<string, Pattern[]>();
  const byAbbreviation = new Map<string, Pattern[]>();
  const otherMeanings = compileOtherMeanings(glossary);
  const abbreviations = new Set(glossary.flatMap((entry) => entry.abbreviations));
  const keyLengths = new Set<number>();

  const add = (map: Map<string, Pattern[]>, key: string, pattern: Pattern) => {
    map.set(key, [...(map.get(key) ?? []), pattern].sort((a, b) => b.length - a.length));
  };

  for (const entry of glossary) {
    const names = [entry.term, entry.englishTerm, ...entry.aliases].filter((name): name is string => !!name);
    for (const name of new Set(names)) {
      const firstWord = name.trim().split(/[^\p{L}\p{N}]/u)[0] ?? '';
      const key = firstWord.slice(0, KEY_LENGTH).toLocaleLowerCase('da');
      if (!key) continue;
      keyLengths.add(key.length);
      const forms = name.includes(' ') ? [] : entry.forms;
      add(byWordKey, key, {
        entryId: entry.id,
        regex: new RegExp(`${NOT_AFTER_WORD}${wordNameSource(name, forms)}${END_OF_WORD}`, 'iuy'),
        length: name.length,
      });
    }
    // Forms of multi-word names, and irregular forms that are whole names of their own.
    for (const form of entry.forms) {
      const key = form.slice(0, KEY_LENGTH).toLocaleLowerCase('da');
      keyLengths.add(key.length);
      add(byWordKey, key, {
        entryId: entry.id,
        regex: new RegExp(`${NOT_AFTER_WORD}${literalSource(form)}${END_OF_WORD}`, 'iuy'),
        length: form.length,
      });
    }
    for (const abbreviation of entry.abbreviations) {
      // "IPS", "IPS-indsatsen", and "CTI-" before "og peer-støtte".
      add(byAbbreviation, abbreviation, {
        entryId: entry.id,
        regex: new RegExp(`${NOT_AFTER_WORD}${literalSource(abbreviation)}(?:-(\\p{L}${WORD_CHAR}*))?${END_OF_WORD}`, 'uy'),
        length: abbreviation.length,
        abbreviation,
      });
    }
  }
  const lengths = [...keyLengths].sort((a, b) => b - a);

  const acceptAbbreviation = (text: string, pattern: Pattern, match: RegExpExecArray, suppressed?: ReadonlySet<string>) => {
    const abbreviation = pattern.abbreviation ?? '';
    const end = match.index + match[0].length;
    if (inCapitalsRun(text, match.index, end, abbreviations)) return false;
    const meanings: readonly OtherMeaning[] | undefined = otherMeanings.get(abbreviation);
    if (!meanings) return true;
    if (suppressed?.has(abbreviation)) return false;
    const compound = match[1];
    if (compound !== undefined && compoundShowsOtherMeaning(compound, meanings)) return false;
    return !surroundedByEnglish(text, match.index, end);
  };

  const tryAt = (text: string, position: number, token: string, suppressed?: ReadonlySet<string>) => {
    let best: Match | undefined;
    const consider = (pattern: Pattern) => {
      pattern.regex.lastIndex = position;
      const match = pattern.regex.exec(text);
      if (!match) return;
      if (pattern.abbreviation !== undefined && !acceptAbbreviation(text, pattern, match, suppressed)) return;
      const end = position + match[0].length;
      if (!best || end > best.end) best = { start: position, end, entryId: pattern.entryId };
    };
    for (const pattern of byAbbreviation.get(token) ?? []) consider(pattern);
    const lower = token.toLowerCase();
    for (const length of lengths) {
      if (lower.length < length) continue;
      for (const pattern of byWordKey.get(lower.slice(0, length)) ?? []) consider(pattern);
    }
    return best;
  };

  return {
    find(text, options) {
      const matches: Match[] = [];
      const words = /[\p{L}\p{N}]+/gu;
      let word: RegExpExecArray | null;
      while ((word = words.exec(text)) !== null) {
        const match = tryAt(text, word.index, word[0], options?.suppressed);
        if (match) {
          matches.push(match);
          words.lastIndex = match.end;
        }
      }
      return matches;
    },
    definedOtherwise: (text) => definedOtherwise(text, otherMeanings),
  };
}
