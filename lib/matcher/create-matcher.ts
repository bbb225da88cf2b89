import type { MatchableEntry } from '../glossary/matchable';
import { compileGlossary, type CompiledGlossary, type SenseInfo } from './compile-glossary';
import {
  compileOtherMeanings,
  compoundShowsOtherMeaning,
  definedOtherwise,
  inCapitalsRun,
  surroundedByEnglish,
  type OtherMeaning,
} from './ambiguity';
import { isInWordCode, isUpperCode, isWordCode } from './char-classes';
import { groupNames, keyOfWord, lastFormsOf, prepare, type NameGroup, type PreparedName } from './name-groups';
import { foldGap, withoutSoftHyphens } from './text-patterns';
import { wordStartPattern } from './word-sieve';

export interface Match {
  start: number;
  end: number;
  entryId: string;
  /** Every entry whose name this is, when several share it (the first is `entryId`): the page's act chooses. */
  senses?: readonly string[];
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
  /**
   * False when no name can begin anywhere in the text (the sieve finds no word): a cheap test that
   * allocates nothing, for text a page changes all the time (a clock). True does not mean a match.
   */
  mayMatch(text: string): boolean;
  /** The acts an entry's sense belongs to, and whether it is a word of the field only; undefined for most entries. */
  senseOf(entryId: string): SenseInfo | undefined;
}

const HYPHEN = 0x2d;

/** Compiles and builds a matcher in one go (tests, `npm run scan`). */
export function compileMatcher(glossary: readonly MatchableEntry[]): Matcher {
  return createMatcher(compileGlossary(glossary));
}

/**
 * A matcher over prepared names. The regex engine finds the words where a name may begin; the
 * first two letters of such a word pick a group of names, and the word itself is looked up among
 * their spellings. Groups are arranged the first time a page has a word for them, so that start-up
 * costs nothing for the many names a page never uses.
 */
export function createMatcher(compiled: CompiledGlossary): Matcher {
  const namesByKey = new Map<number, PreparedName[]>();
  for (const name of compiled.names) {
    const key = keyOfWord(name.words[0] ?? '');
    const list = namesByKey.get(key) ?? [];
    list.push(prepare(name));
    namesByKey.set(key, list);
  }
  const groups = new Map<number, NameGroup | null>();
  const groupFor = (word: string): NameGroup | null => {
    const key = keyOfWord(word);
    let group = groups.get(key);
    if (group === undefined) {
      const names = namesByKey.get(key);
      group = names ? groupNames(names) : null;
      groups.set(key, group);
    }
    return group;
  };
  const byAbbreviation = new Map(compiled.abbreviations.map((item) => [item.abbreviation, item]));
  const abbreviations = new Set(byAbbreviation.keys());
  const otherMeanings = compileOtherMeanings(compiled.ambiguous);
  const longestAbbreviation = Math.max(0, ...[...abbreviations].map((abbreviation) => abbreviation.length));
  // Four sieves, each made the first time a text needs it: with or without soft hyphens, for
  // lower-cased text or (where lower case changes a text's length) for the text as written.
  const sieves = new Map<number, RegExp>();
  const sieveFor = (softHyphens: boolean, caseless: boolean) => {
    const key = (softHyphens ? 2 : 0) + (caseless ? 1 : 0);
    let sieve = sieves.get(key);
    if (!sieve) sieves.set(key, (sieve = wordStartPattern(compiled, softHyphens, caseless)));
    return sieve;
  };

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
    // "IPS display", "SE nummer": the next word, after a space, tells the same.
    if (tail === undefined) {
      const next = /^[ \u00a0]{1,2}([\p{L}]+)/u.exec(text.slice(end, end + 40))?.[1];
      if (next !== undefined && compoundShowsOtherMeaning(next, meanings)) return false;
    }
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
      const lowerWord = (word: string) => withoutSoftHyphens(word).toLowerCase();
      /** "Rolig-forløbet", "IPS-indsatsen": a hyphen straight into a word extends the match to its end. */
      const afterHyphenTail = (end: number) =>
        text.charCodeAt(end) === HYPHEN && end + 1 < length && isWordCode(text.charCodeAt(end + 1)) ? wordEnd(end + 1) : end;

      /** Where a name of several words ends when it starts with `first` (the word ending at `end`), or -1. */
      // Lower case first, in one native pass: the regex engine then compares without folding case,
      // and the words of longer names are compared in it without making strings.
      const lowered = text.toLowerCase();
      const aligned = lowered.length === text.length;
      const haystack = aligned ? lowered : text;
      const softHyphens = text.includes('\u00ad');
      /**
       * The words after the one a name may start with, read once for all the names that start
       * with it ("lov" begins the names of twenty acts): separator folded, word lower case.
       */
      const following: { gap: string; word: string; stop: number }[] = [];
      let followingFrom = -1;
      const followingWord = (from: number, index: number) => {
        if (followingFrom !== from) {
          following.length = 0;
          followingFrom = from;
        }
        while (following.length <= index) {
          const previous = following.length > 0 ? (following[following.length - 1]?.stop ?? from) : from;
          let next = previous;
          while (next < length && !isWordCode(text.charCodeAt(next))) next += 1;
          if (next >= length) return undefined;
          const stop = wordEnd(next);
          following.push({ gap: foldGap(text.slice(previous, next)), word: lowerWord(text.slice(next, stop)), stop });
        }
        return following[index];
      };

      /** Where a name of several words ends when it starts with `first` (the word ending at `end`), or -1. */
      const matchPhrase = (name: PreparedName, first: string, end: number): number => {
        if (first !== name.words[0]) return -1;
        const last = name.words.length - 1;
        let stop = end;
        for (let position = 1; position <= last; position += 1) {
          const next = followingWord(end, position - 1);
          if (!next || next.gap !== name.gaps[position - 1]) return -1;
          const word = next.word;
          if (position < last) {
            if (word !== name.words[position]) return -1;
          } else if (!lastFormsOf(name).has(word) && !(name.compound && word.length > name.lastBase.length && word.startsWith(name.lastBase))) {
            return -1;
          }
          stop = next.stop;
        }
        return stop;
      };

      /** A name matched only as written: do the text's words from `start` begin with its words, case included? */
      const writtenAsCased = (cased: readonly string[], start: number): boolean => {
        let position = start;
        for (const word of cased) {
          while (position < length && !isWordCode(text.charCodeAt(position))) position += 1;
          if (!text.startsWith(word, position)) return false;
          position = wordEnd(position);
        }
        return true;
      };

      const matches: Match[] = [];
      // The regex engine finds the few places where a name could start; the rest of the text is
      // never looked at by script.
      const starts = sieveFor(softHyphens, !aligned);
      starts.lastIndex = 0;
      for (let found = starts.exec(haystack); found; found = starts.exec(haystack)) {
        const start = found.index;
        const end = start + found[0].length;
        let bestEnd = -1;
        let bestEntry = '';
        let bestSenses: readonly string[] | undefined;

        if (end - start <= longestAbbreviation && isUpperCode(text.charCodeAt(start))) {
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
        // Found in the lower-cased text, the word is lower case already.
        const word = aligned ? withoutSoftHyphens(found[0]) : lowerWord(found[0]);
        const group = groupFor(word);
        if (group) {
          const exact = group.exact.get(word);
          let single = exact;
          if (!single) {
            for (const head of group.heads) {
              if (word.length > head.lastBase.length && word.startsWith(head.lastBase)) {
                single = head;
                break;
              }
            }
          }
          if (single?.cased && !writtenAsCased(single.cased, start)) single = undefined;
          if (single) {
            const withTail = afterHyphenTail(end);
            if (withTail > bestEnd) {
              bestEnd = withTail;
              bestEntry = single.entryId;
              bestSenses = (exact && group.shared.get(word)) || single.senses;
            }
          }
          for (const phrase of group.phrases) {
            const phraseEnd = matchPhrase(phrase, word, end);
            if (phraseEnd < 0 || (phrase.cased && !writtenAsCased(phrase.cased, start))) continue;
            const withTail = afterHyphenTail(phraseEnd);
            if (withTail > bestEnd) {
              bestEnd = withTail;
              bestEntry = phrase.entryId;
              bestSenses = phrase.senses;
            }
          }
        }
        if (bestEnd >= 0) matches.push(bestSenses ? { start, end: bestEnd, entryId: bestEntry, senses: bestSenses } : { start, end: bestEnd, entryId: bestEntry });
        starts.lastIndex = Math.max(end, bestEnd);
      }
      return matches;
    },
    definedOtherwise: (text) => definedOtherwise(text, otherMeanings),
    senseOf: (entryId) => compiled.senses?.[entryId],
    mayMatch(text) {
      // The case-insensitive sieve on the text as it is: no lower-cased copy, no match objects.
      const sieve = sieveFor(text.includes('\u00ad'), true);
      sieve.lastIndex = 0;
      const found = sieve.test(text);
      sieve.lastIndex = 0;
      return found;
    },
  };
}
