/** Letters and digits in any script: æ, ø, å, é, ü are letters. `\b` is ASCII-only and never used. */
export const WORD_CHAR = '[\\p{L}\\p{N}]';
export const WORD_CHAR_RE = /[\p{L}\p{N}]/u;

/** Between the words of a multi-word name: spaces, tabs, line breaks, NBSP and soft hyphens. */
const GAP = '[\\s\\u00ad]+';

const escapeChar = (char: string) => char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A literal name as a regex source that tolerates what legislation pages put inside words and
 * between them: a soft hyphen after any letter, and any run of white space (NBSP and line breaks
 * included) where the name has a space.
 */
export function literalSource(name: string): string {
  let source = '';
  for (const part of name.trim().split(/(\s+)/u)) {
    if (/^\s+$/u.test(part)) source += GAP;
    else for (const char of part) source += `${escapeChar(char)}\\u00ad?`;
  }
  return source;
}

/** The text a reader sees: soft hyphens removed, white space runs as one space. */
export function visibleText(text: string): string {
  return text.replace(/\u00ad/gu, '').replace(/\s+/gu, ' ');
}

export const isWordChar = (char: string | undefined) => char !== undefined && WORD_CHAR_RE.test(char);
