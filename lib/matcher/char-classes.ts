/**
 * Per-character tables for the matcher's scanner, so that reading a page costs one table lookup a
 * character: what is a letter or digit (in any script: æ, ø, å, é, ü are letters), and each
 * character's lower case. Filled lazily beyond Latin; astral characters count as non-letters.
 */

const SOFT_HYPHEN = 0xad;
const TABLE_SIZE = 0x3000;
/** 0 unknown, 1 word character, 2 not. */
const wordTable = new Uint8Array(TABLE_SIZE);
const lowerTable = new Uint16Array(TABLE_SIZE);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function isWordCode(code: number): boolean {
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  }
  // Latin-1 and Latin Extended letters (æ, ø, å, é, ü…) without asking the Unicode tables.
  if (code >= 0xc0 && code <= 0x24f) return code !== 0xd7 && code !== 0xf7;
  if (code >= TABLE_SIZE) return code < 0xd800 || code > 0xdfff ? LETTER_OR_DIGIT.test(String.fromCharCode(code)) : false;
  let known = wordTable[code];
  if (known === 0) {
    known = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
    wordTable[code] = known;
  }
  return known === 1;
}

/** Inside a word, a soft hyphen is part of it: "fleks\u00adjob" is one word. */
export const isInWordCode = (code: number) => code === SOFT_HYPHEN || isWordCode(code);

export const isSoftHyphen = (code: number) => code === SOFT_HYPHEN;

export function lowerCode(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  if (code >= TABLE_SIZE) return code;
  let lower = lowerTable[code] ?? 0;
  if (lower === 0) {
    const folded = String.fromCharCode(code).toLowerCase();
    lower = folded.length === 1 ? folded.charCodeAt(0) : code;
    lowerTable[code] = lower;
  }
  return lower;
}

export const isUpperCode = (code: number) => lowerCode(code) !== code;

/** Whether a word ends in a letter (not a digit): only such words inflect. */
export function endsWithLetter(word: string): boolean {
  const code = word.charCodeAt(word.length - 1);
  return isWordCode(code) && !(code >= 48 && code <= 57);
}
