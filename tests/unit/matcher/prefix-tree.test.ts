import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prefixTree } from '@/lib/matcher/word-sieve';
import { escapeRegex } from '@/lib/matcher/text-patterns';

describe('prefixTree', () => {
  it('matches, as a whole string, exactly the words of a longest-first alternation', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ unit: fc.constantFrom('a', 'b', 'æ', '.', '('), minLength: 1, maxLength: 5 }), { maxLength: 12 }), fc.string({ unit: fc.constantFrom('a', 'b', 'æ', '.', '('), maxLength: 6 }), (words, probe) => {
        fc.pre(words.length > 0);
        const tree = new RegExp(`^(?:${prefixTree(words, escapeRegex)})`);
        const flat = new RegExp(`^(?:${[...words].sort((a, b) => b.length - a.length).map(escapeRegex).join('|')})`);
        expect(tree.exec(probe)?.[0]).toBe(flat.exec(probe)?.[0]);
      }),
      { numRuns: 500 },
    );
  });

  it('factors shared beginnings out', () => {
    expect(prefixTree(['fleksjob', 'fleksydelse'], escapeRegex)).toBe('fleks(?:job|ydelse)');
  });
});
