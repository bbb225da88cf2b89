import { stemFolded } from './analyse-danish';

/**
 * The words an index holds (folded and stemmed), sorted, so that a query word can be tested for
 * an exact word, for a word it begins, and be cut into the parts of a Danish compound.
 */
export class Vocabulary {
  private readonly sorted: string[];
  private readonly words: Set<string>;
  /** The words spelt backwards, sorted: the words that end with a word are a range of these. */
  private backwards?: string[];

  /** The words of names and search words, where compounds of a word are looked for. */
  private readonly naming: ReadonlySet<string>;

  constructor(terms: Iterable<string>, naming: Iterable<string> = []) {
    this.words = new Set(terms);
    this.sorted = [...this.words].sort();
    this.naming = new Set(naming);
  }

  get size(): number {
    return this.words.size;
  }

  has(term: string): boolean {
    return this.words.has(term);
  }

  /** Whether a word is a word of the names and search words. */
  names(term: string): boolean {
    return this.naming.has(term);
  }

  /** Whether some word of the index begins with `prefix` (the word itself included). */
  hasPrefix(prefix: string): boolean {
    return this.sorted[this.firstFrom(prefix)]?.startsWith(prefix) ?? false;
  }

  /** How many words of the index begin with `prefix` (the word itself included). */
  prefixCount(prefix: string): number {
    return this.firstFrom(`${prefix}\uffff`) - this.firstFrom(prefix);
  }

  /**
   * The compounds among the names and search words that end with a word — its last part — and
   * begin with a word the index knows too: "samtale" → "jobsamtale", "rådighedssamtale";
   * "tilskud" → "løntilskud"; "udgift" → "merudgift". Five letters at least, at most `limit`,
   * shortest first. Names only: they are what a reader looks up, and few enough to cost little.
   */
  compoundsEndingWith(term: string, limit = 8): string[] {
    if (term.length < 5) return [];
    const backwards = (this.backwards ??= [...this.naming].map(reverse).sort());
    const wanted = reverse(term);
    const found: string[] = [];
    for (let at = firstFrom(backwards, wanted); at < backwards.length && backwards[at]!.startsWith(wanted); at++) {
      const word = reverse(backwards[at]!);
      if (word.length > term.length && this.knownHead(word.slice(0, word.length - term.length))) found.push(word);
    }
    return found.sort((a, b) => a.length - b.length).slice(0, limit);
  }

  /** The place of the first word not below `word` in the sorted words. */
  private firstFrom(word: string): number {
    return firstFrom(this.sorted, word);
  }

  /**
   * A compound the index does not hold, cut into parts it does: the longest last part that is a
   * word of the index (five letters at least: "hjemmestøtte" → "støtte", "minifleksjob" →
   * "fleksjob"), and the first part when the index knows it too, with or without the joining
   * s or e ("sygefraværs|aftale", "pasnings|orlov"). `word` is the folded word as typed (cut
   * before stemming: the stem of a compound may have lost its last part's ending), `term` its
   * stem. Empty when the stem is known or begins a known word, or no last part is found. Danish
   * compounds name their kind last, so the last part alone still points the right way.
   */
  compoundParts(word: string, term: string): string[] {
    if (word.length < 8 || /\d/.test(word) || this.hasPrefix(term)) return [];
    for (let cut = 3; cut <= word.length - 5; cut++) {
      const tail = [stemFolded(word.slice(cut)), word.slice(cut)].find((part) => part.length >= 4 && this.words.has(part));
      if (!tail) continue;
      const head = this.knownHead(word.slice(0, cut));
      return head ? [head, tail] : [tail];
    }
    return [];
  }

  private knownHead(head: string): string | undefined {
    if (head.length < 3) return undefined;
    const candidates = [head, stemFolded(head)];
    if (/[se]$/.test(head) && head.length > 4) candidates.push(head.slice(0, -1), stemFolded(head.slice(0, -1)));
    return candidates.find((candidate) => candidate.length >= 3 && this.words.has(candidate));
  }
}

const reverse = (word: string) => [...word].reverse().join('');

/** The place of the first of `sorted` not below `word`. */
function firstFrom(sorted: readonly string[], word: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] ?? '') < word) low = middle + 1;
    else high = middle;
  }
  return low;
}
