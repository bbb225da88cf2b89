import fc from 'fast-check';
import glossary from 'virtual:metodelup-glossary';
import { describe, expect, it } from 'vitest';
import { compileExtras, mergeCompiled } from '@/lib/custom-glossary/extra-glossary';
import { toMatchable } from '@/lib/glossary/matchable';
import { compileGlossary } from '@/lib/matcher/compile-glossary';
import { createMatcher } from '@/lib/matcher/create-matcher';
import type { GlossaryEntry } from '@/lib/glossary/schema';

const whole = compileGlossary(glossary.map(toMatchable));
const half = Math.floor(glossary.length / 2);
const merged = mergeCompiled(compileGlossary(glossary.slice(0, half).map(toMatchable)), compileGlossary(glossary.slice(half).map(toMatchable)));

const names = glossary.flatMap((entry) => [entry.term, ...entry.aliases, ...entry.abbreviations, ...entry.forms]);
const text = fc
  .array(fc.oneof(fc.constantFrom(...names), fc.constantFrom('og', 'kommunen', 'borgeren', 'ordningen'), fc.string({ maxLength: 5 })), { maxLength: 30 })
  .map((words) => words.join(' '));

const own = (id: string, term: string, abbreviations: string[] = []): GlossaryEntry => ({
  id,
  term,
  abbreviations,
  aliases: [],
  forms: [],
  searchWords: [],
  areas: [],
  acts: [],
  category: 'begreber',
  summary: `${term}: kommunens eget begreb.`,
  description: '',
  related: [],
  sources: [],
  ambiguous: [],
});

describe('mergeCompiled', () => {
  it('finds on any text what the glossary compiled in one piece finds', () => {
    const one = createMatcher(whole);
    const two = createMatcher(merged);
    expect(merged.wordStarts.slice().sort()).toEqual(whole.wordStarts.slice().sort());
    fc.assert(
      fc.property(text, (sample) => {
        // Where and what is found; the senses of a shared name are told within one compilation
        // only (a merge never offers an own entry as another act's sense of a built-in name).
        const plain = (matches: ReturnType<typeof one.find>) => matches.map(({ start, end, entryId }) => ({ start, end, entryId }));
        expect(plain(two.find(sample))).toEqual(plain(one.find(sample)));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a name and an abbreviation the built-in glossary has for the built-in entry', async () => {
    const builtIn = glossary.find((entry) => entry.abbreviations.length > 0);
    if (!builtIn) throw new Error('the glossary has no abbreviation to test with');
    const abbreviation = builtIn.abbreviations[0] ?? '';
    const { compiled } = await compileExtras(whole, [
      { entry: own('egen-kopi', builtIn.term, [abbreviation]), origin: 'own' },
      { entry: own('visitationsteamet', 'Visitationsteamet', ['VT']), origin: 'organisation' },
    ]);
    const matcher = createMatcher(compiled);
    const ids = (sample: string) => matcher.find(sample).map((match) => match.entryId);
    expect(ids(`Om ${builtIn.term} og ${abbreviation}.`)).toEqual([builtIn.id, builtIn.id]);
    expect(ids('Sagen går til visitationsteamet og VT i morgen.')).toEqual(['visitationsteamet', 'visitationsteamet']);
  });

  it('compiles 5,000 entries without holding the thread 50 ms at a time, and finds the last of them', async () => {
    const extras = Array.from({ length: 5000 }, (_, n) => ({ entry: own(`lokalt-${n}`, `Lokalprojekt nummer${n}`), origin: 'own' as const }));
    // The best of three readings: a wall clock also counts the time this process waits for a core
    // on a shared machine, which no slicing can shorten.
    const longestSlices: number[] = [];
    let result: Awaited<ReturnType<typeof compileExtras>> | undefined;
    for (let run = 0; run < 3; run += 1) {
      let longest = 0;
      let last = performance.now();
      result = await compileExtras(whole, extras, async () => {
        longest = Math.max(longest, performance.now() - last);
        await new Promise((resume) => setTimeout(resume, 0));
        last = performance.now();
      });
      longestSlices.push(longest);
    }
    if (!result) throw new Error('not compiled');
    const { compiled, cards } = result;
    expect(Math.min(...longestSlices)).toBeLessThan(50);
    expect(cards).toHaveLength(5000);
    expect(cards[4999]).toMatchObject({ id: 'lokalt-4999', origin: 'own' });
    expect(createMatcher(compiled).find('Vi kører Lokalprojekt nummer4999 i år.').map((match) => match.entryId)).toEqual(['lokalt-4999']);
  });
});

describe('the sieve made at build time', () => {
  it('is the sieve the page would make, and a merge with other entries does not carry it over', async () => {
    const { default: built } = await import('virtual:metodelup-glossary/matcher');
    const { wordStartPattern, wordStartSource } = await import('@/lib/matcher/word-sieve');
    expect(built.sieve).toBe(wordStartSource(built, false));
    expect(wordStartPattern(built, false, false).source).toBe(wordStartPattern({ ...built, sieve: undefined }, false, false).source);
    const extra = compileGlossary([toMatchable(own('eget-a', 'Kommunens særlige forløb'))]);
    const withExtra = mergeCompiled(built, extra);
    expect(withExtra.sieve).toBeUndefined();
    expect(createMatcher(withExtra).find('Hun fik Kommunens særlige forløb.').map((match) => match.entryId)).toEqual(['eget-a']);
  });
});
