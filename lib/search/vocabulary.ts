import { stemFolded } from './analyse-danish';

/**
 * The words an index holds (folded and stemmed), sorted, so that a query word can be tested for
 * an exact word, for a word it begins, and be cut into the parts of a Danish compound.
 */
export class Vocabulary {
  private readonly sorted: string[];
  private readonly words: Set<string>;

  constructor(terms: Iterable<string>) {
    this.words = new Set(terms);
    this.sorted = [...this.words].sort();
  }

  get size(): number {
    return this.words.size;
  }

  has(term: string): boolean {
    return this.words.has(term);
  }

  /** Whether some word of the index begins with `prefix` (the word itself included). */
  hasPrefix(prefix: string): boolean {
    return this.sorted[this.firstFrom(prefix)]?.startsWith(prefix) ?? false;
  }

  /** How many words of the index begin with `prefix` (the word itself included). */
  prefixCount(prefix: string): number {
    return this.firstFrom(`${prefix}\uffff`) - this.firstFrom(prefix);
  }

  /** The place of the first word not below `word` in the sorted words. */
  private firstFrom(word: string): number {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.sorted[middle] ?? '') < word) low = middle + 1;
      else high = middle;
    }
    return low;
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
    const candidates = [head, stemFolded(head)];
    if (/[se]$/.test(head) && head.length > 4) candidates.push(head.slice(0, -1), stemFolded(head.slice(0, -1)));
    return candidates.find((candidate) => candidate.length >= 3 && this.words.has(candidate));
  }
}
