import type { CompiledGlossary } from './compile-glossary';
import { escapeRegex } from './text-patterns';

/** Letters and digits of the Latin scripts, for the word-start test inside the regex engine. */
const LATIN_WORD = 'A-Za-z0-9\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F';

/**
 * The regex that finds every word beginning with one of `starts` or being one of `whole`, the whole
 * word matched: case-insensitive, or (`caseless` false) for text already in lower case, which the
 * regex engine reads faster. With `softHyphens` a soft hyphen may stand between any two letters.
 */
export function wordStartPattern(compiled: CompiledGlossary, softHyphens: boolean, caseless = true): RegExp {
  const source = !softHyphens && compiled.sieve !== undefined ? compiled.sieve : wordStartSource(compiled, softHyphens);
  return new RegExp(source, caseless ? 'gi' : 'g');
}

/** The source of {@link wordStartPattern}'s regex (the same for both cases). */
export function wordStartSource({ wordStarts, wholeWords }: Pick<CompiledGlossary, 'wordStarts' | 'wholeWords'>, softHyphens: boolean): string {
  const letter = (char: string) => escapeRegex(char);
  const alternatives = (words: readonly string[]) => prefixTree(words, letter, softHyphens ? '\u00ad?' : '');
  const inWord = `[${LATIN_WORD}\u00ad]`;
  const whole = wholeWords.length > 0 ? `|(?:${alternatives(wholeWords)})(?!${inWord})` : '';
  return `(?<!${inWord})(?:(?:${alternatives(wordStarts)})${inWord}*${whole})`;
}


interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

/**
 * The words as one alternation with shared beginnings factored out ("fleksjob|fleksydelse" →
 * "fleks(?:job|ydelse)"): the regex engine then tries each letter once, not once per word, which
 * keeps the sieve fast with thousands of custom entries. Matches exactly the same strings; of two
 * words where one begins the other, the longer is tried first, as in a longest-first list.
 */
export function prefixTree(words: readonly string[], letter: (char: string) => string, between = ''): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const word of words) {
    let node = root;
    for (const char of word) {
      let child = node.next.get(char);
      if (!child) node.next.set(char, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const render = (node: TrieNode, first: boolean): string => {
    const branches = [...node.next].map(([char, child]) => (first ? '' : between) + letter(char) + render(child, false));
    if (branches.length === 0) return '';
    const body = branches.length === 1 ? (branches[0] ?? '') : `(?:${branches.join('|')})`;
    // A word ending here, with longer ones going on: the longer are tried first.
    return node.end ? `(?:${body})?` : body;
  };
  return render(root, true);
}
