import type { MatchableEntry } from '../glossary/matchable';
import {
  compileOtherMeanings,
  compoundShowsOtherMeaning,
  definedOtherwise,
  inCapitalsRun,
  surroundedByEnglish,
  type OtherMeaning,
} from './ambiguity';
import { endsWithLetter, isInWordCode, isSoftHyphen, isUpperCode, isWordCode, lowerCode } from './char-classes';
import { deriveForms } from './danish-forms';
import { escapeRegex } from './text-patterns';

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
/** Keys of two characters below this code each stay small integers (fast Map keys). */
const KEY_RANGE = 0x3000;
const HYPHEN = 0x2d;

const WORD_IN_NAME = /[\p{L}\p{N}\u00ad]+/gu;
const SOFT_HYPHENS = /\u00ad/gu;
/** Separators compare with white-space runs (NBSP, line breaks, soft hyphens) folded to one space. */
const foldGap = (gap: string) => gap.replace(/[\s\u00ad]+/gu, ' ');

/** A name split into words: plain data, so that the build can prepare it (see {@link compileGlossary}). */
export interface CompiledName {
  entryId: string;
  /** The name's words, lower case. */
  words: string[];
  /** What stands between word i and word i + 1, white space folded. */
  gaps: string[];
  /** False for an irregular form from `forms`: matched as written, never inflected. */
  inflect: boolean;
  length: number;
}

/** A name as the matcher uses it, with the last word's accepted spellings. */
interface PreparedName extends CompiledName {
  /** Every accepted spelling of the last word, lower case. */
  lastForms: Set<string>;
  /** The last word as written in the name, lower case; a compound starts with it. */
  lastBase: string;
  /** What every accepted last word starts with: checked before any string is made. */
  lastPrefix: string;
  compound: boolean;
}

function prepare(name: CompiledName): PreparedName {
  const last = name.words.at(-1) ?? '';
  // The rules inflect the last word as written in the name (for "peer-støtte": "støtte").
  const forms = name.inflect ? deriveForms(last) : [last];
  const compound = name.inflect && last.length >= MIN_COMPOUND_HEAD && endsWithLetter(last);
  return { ...name, lastForms: new Set(forms), lastBase: last, lastPrefix: commonPrefix(forms), compound };
}

function splitName(name: string): { words: string[]; gaps: string[] } {
  const words: string[] = [];
  const gaps: string[] = [];
  let previousEnd = -1;
  for (const match of name.matchAll(WORD_IN_NAME)) {
    if (previousEnd >= 0) gaps.push(foldGap(name.slice(previousEnd, match.index)));
    words.push(match[0].replace(SOFT_HYPHENS, ''));
    previousEnd = match.index + match[0].length;
  }
  return { words, gaps };
}

function commonPrefix(words: Iterable<string>): string {
  let prefix: string | undefined;
  for (const word of words) {
    if (prefix === undefined) prefix = word;
    let length = 0;
    while (length < prefix.length && length < word.length && prefix[length] === word[length]) length += 1;
    prefix = prefix.slice(0, length);
  }
  return prefix ?? '';
}

function compileName(entryId: string, name: string, inflect: boolean): CompiledName | undefined {
  const { words, gaps } = splitName(name.toLowerCase());
  return words.length > 0 ? { entryId, words, gaps, inflect, length: name.length } : undefined;
}

const keyOf = (first: number, second: number) => first * KEY_RANGE + second;

/** Letters and digits of the Latin scripts, for the word-start test inside the regex engine. */
const LATIN_WORD = 'A-Za-z0-9\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F';

/** The glossary prepared for matching: what the build bundles into the content script. */
export interface CompiledGlossary {
  names: CompiledName[];
  abbreviations: { abbreviation: string; entryId: string }[];
  /** The `ambiguous` lists, for the rules that leave an abbreviation unmarked. */
  ambiguous: Pick<MatchableEntry, 'ambiguous'>[];
  /** How a word that may begin a name starts (lower case), longest first: the matcher's first sieve. */
  wordStarts: string[];
}

/** Does the slow part once, at build time: inflection, splitting names, the word-start pattern. */
export function compileGlossary(glossary: readonly MatchableEntry[]): CompiledGlossary {
  const names: CompiledName[] = [];
  for (const entry of glossary) {
    const written = [entry.term, entry.englishTerm, ...entry.aliases].filter((name): name is string => !!name);
    for (const name of new Set(written)) {
      const compiled = compileName(entry.id, name, true);
      if (compiled) names.push(compiled);
    }
    // Irregular forms ("hjælpemidlet") are names of their own, matched as written.
    for (const form of entry.forms) {
      const compiled = compileName(entry.id, form, false);
      if (compiled) names.push(compiled);
    }
  }
  names.sort((a, b) => b.length - a.length);
  const abbreviations = glossary.flatMap((entry) => entry.abbreviations.map((abbreviation) => ({ abbreviation, entryId: entry.id })));
  // Where a word can begin a name: a multi-word name's whole first word, else what all forms start with.
  const starts = new Set([
    ...names.map((name) => (name.words.length > 1 ? (name.words[0] ?? '') : prepare(name).lastPrefix)),
    ...abbreviations.map(({ abbreviation }) => abbreviation.toLowerCase()),
  ]);
  return {
    names,
    abbreviations,
    ambiguous: glossary.filter((entry) => entry.ambiguous.length > 0).map(({ ambiguous }) => ({ ambiguous })),
    wordStarts: [...starts].filter(Boolean).sort((a, b) => b.length - a.length),
  };
}

/** The regex (flags "gi") that finds every word beginning with one of `starts`, the whole word matched. */
function wordStartPattern(starts: readonly string[], softHyphens: boolean): RegExp {
  const alternatives = starts.map((start) => (softHyphens ? [...start].map(escapeRegex).join('\u00ad?') : escapeRegex(start)));
  return new RegExp(`(?<![${LATIN_WORD}\u00ad])(?:${alternatives.join('|')})[${LATIN_WORD}\u00ad]*`, 'gi');
}

/** Compiles and builds a matcher in one go (tests, `npm run scan`). */
export function compileMatcher(glossary: readonly MatchableEntry[]): Matcher {
  return createMatcher(compileGlossary(glossary));
}

/**
 * A matcher over prepared names. The regex engine finds the words where a name may begin; at each,
 * the first two letters pick the candidate names, which are compared character by character; a
 * string is made only for a word that is nearly a match.
 */
export function createMatcher(compiled: CompiledGlossary): Matcher {
  const byKey = new Map<number, PreparedName[]>();
  for (const name of compiled.names) {
    const first = name.words[0] ?? '';
    const key = keyOf(first.charCodeAt(0), first.length > 1 ? first.charCodeAt(1) : 0);
    const list = byKey.get(key) ?? [];
    list.push(prepare(name));
    byKey.set(key, list);
  }
  const byAbbreviation = new Map(compiled.abbreviations.map((item) => [item.abbreviation, item]));
  const abbreviations = new Set(byAbbreviation.keys());
  const otherMeanings = compileOtherMeanings(compiled.ambiguous);
  const longestAbbreviation = Math.max(0, ...[...abbreviations].map((abbreviation) => abbreviation.length));
  const wordStarts = wordStartPattern(compiled.wordStarts, false);
  let wordStartsSoftHyphens: RegExp | undefined;

  const acceptAbbreviation = (
    text: string,
    abbreviation: string,
    start: number,
    end: number,
    tail: string | undefined,
    suppressed?: ReadonlySet<string>,
  ) => {
    if (inCapitalsRun(text, start, end, abbreviations)) return false;
    const meanings: readonly OtherMeaning[] | undefined = otherMeanings.get(abbreviation);
    if (!meanings) return true;
    if (suppressed?.has(abbreviation)) return false;
    if (tail !== undefined && compoundShowsOtherMeaning(tail, meanings)) return false;
    return !surroundedByEnglish(text, start, end);
  };

  return {
    find(text, options) {
      const length = text.length;
      const suppressed = options?.suppressed;
      const wordEnd = (from: number) => {
        let end = from + 1;
        while (end < length && isInWordCode(text.charCodeAt(end))) end += 1;
        return end;
      };
      /** Whether the word at [start, end) reads `expected` (lower case, soft hyphens ignored), in full or as a prefix. */
      const reads = (start: number, end: number, expected: string, whole: boolean) => {
        let at = 0;
        for (let position = start; position < end; position += 1) {
          const code = text.charCodeAt(position);
          if (isSoftHyphen(code)) continue;
          if (at === expected.length) return !whole;
          if (lowerCode(code) !== expected.charCodeAt(at)) return false;
          at += 1;
        }
        return at === expected.length;
      };
      const lowerWord = (start: number, end: number) => {
        const word = text.slice(start, end);
        return (word.includes('\u00ad') ? word.replace(SOFT_HYPHENS, '') : word).toLowerCase();
      };
      /** "Rolig-forløbet", "IPS-indsatsen": a hyphen straight into a word extends the match to its end. */
      const afterHyphenTail = (end: number) =>
        text.charCodeAt(end) === HYPHEN && end + 1 < length && isWordCode(text.charCodeAt(end + 1)) ? wordEnd(end + 1) : end;

      /** Where `name` ends when it starts with the word [start, end), or -1. */
      const matchName = (name: PreparedName, start: number, end: number): number => {
        let wordStart = start;
        let wordStop = end;
        const last = name.words.length - 1;
        for (let position = 0; position < last; position += 1) {
          if (!reads(wordStart, wordStop, name.words[position] ?? '', true)) return -1;
          let next = wordStop;
          while (next < length && !isWordCode(text.charCodeAt(next))) next += 1;
          if (next >= length || foldGap(text.slice(wordStop, next)) !== name.gaps[position]) return -1;
          wordStart = next;
          wordStop = wordEnd(next);
        }
        if (!reads(wordStart, wordStop, name.lastPrefix, false)) return -1;
        const word = lowerWord(wordStart, wordStop);
        if (name.lastForms.has(word)) return wordStop;
        return name.compound && word.length > name.lastBase.length && word.startsWith(name.lastBase) ? wordStop : -1;
      };

      const matches: Match[] = [];
      // The regex engine finds the few places where a name could start; the rest of the text is
      // never looked at by script.
      const starts = text.includes('\u00ad')
        ? (wordStartsSoftHyphens ??= wordStartPattern(compiled.wordStarts, true))
        : wordStarts;
      starts.lastIndex = 0;
      for (let found = starts.exec(text); found; found = starts.exec(text)) {
        const start = found.index;
        const code = text.charCodeAt(start);
        const end = start + found[0].length;
        let bestEnd = -1;
        let bestEntry = '';

        if (end - start <= longestAbbreviation && isUpperCode(code)) {
          const abbreviation = byAbbreviation.get(text.slice(start, end));
          if (abbreviation) {
            const tailEnd = afterHyphenTail(end);
            const tail = tailEnd > end ? text.slice(end + 1, tailEnd) : undefined;
            if (acceptAbbreviation(text, abbreviation.abbreviation, start, end, tail, suppressed)) {
              bestEnd = tailEnd;
              bestEntry = abbreviation.entryId;
            }
          }
        }
        let second = start + 1;
        while (second < end && isSoftHyphen(text.charCodeAt(second))) second += 1;
        const first = lowerCode(code);
        const next = second < end ? lowerCode(text.charCodeAt(second)) : 0;
        const candidates = first < KEY_RANGE && next < KEY_RANGE ? byKey.get(keyOf(first, next)) : undefined;
        for (const name of candidates ?? []) {
          const nameEnd = matchName(name, start, end);
          if (nameEnd < 0) continue;
          const withTail = afterHyphenTail(nameEnd);
          if (withTail > bestEnd) {
            bestEnd = withTail;
            bestEntry = name.entryId;
          }
        }
        if (bestEnd >= 0) matches.push({ start, end: bestEnd, entryId: bestEntry });
        starts.lastIndex = Math.max(end, bestEnd);
      }
      return matches;
    },
    definedOtherwise: (text) => definedOtherwise(text, otherMeanings),
  };
}
