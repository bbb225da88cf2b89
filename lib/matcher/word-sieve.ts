import type { CompiledGlossary } from './compile-glossary';
import { escapeRegex } from './text-patterns';

/** Letters and digits of the Latin scripts, for the word-start test inside the regex engine. */
const LATIN_WORD = 'A-Za-z0-9\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F';

/**
 * The regex that finds every word beginning with one of `starts` or being one of `whole`, the whole
 * word matched: case-insensitive, or (`caseless` false) for text already in lower case, which the
 * regex engine reads faster. With `softHyphens` a soft hyphen may stand between any two letters.
 */
export function wordStartPattern({ wordStarts, wholeWords }: CompiledGlossary, softHyphens: boolean, caseless = true): RegExp {
  const alternatives = (words: readonly string[]) =>
    words.map((word) => (softHyphens ? [...word].map(escapeRegex).join('\u00ad?') : escapeRegex(word))).join('|');
  const inWord = `[${LATIN_WORD}\u00ad]`;
  const whole = wholeWords.length > 0 ? `|(?:${alternatives(wholeWords)})(?!${inWord})` : '';
  return new RegExp(`(?<!${inWord})(?:(?:${alternatives(wordStarts)})${inWord}*${whole})`, caseless ? 'gi' : 'g');
}

