import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import rawGlossary from '@/data/glossary.json';
import { parseGlossary } from '@/lib/glossary/validate';
import { compileMatcher } from '@/lib/matcher/create-matcher';
import { deriveForms } from '@/lib/matcher/danish-forms';

const glossary = parseGlossary(rawGlossary);
const matcher = compileMatcher(glossary);

const names = glossary.flatMap((entry) => [entry.term, ...entry.aliases, ...entry.abbreviations, ...entry.forms]);
const fillers = ['og', 'i', 'kommunen', 'borgeren', 'efter', 'loven', 'stk.', '§ 116', 'jf.', 'fx', 'øre', 'Æble', 'år'];
const separators = [' ', '  ', '\n', '\u00a0', ', ', '. ', '-', '\u00ad', '(', ')', '»', '«', '/'];

const pageText = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...names), fc.constantFrom(...fillers), fc.string({ maxLength: 6 })), fc.constantFrom(...separators)), {
    maxLength: 40,
  })
  .map((parts) => parts.map(([word, separator]) => word + separator).join(''));

describe('matcher properties', () => {
  it('returns matches in order, inside the text, never overlapping, never empty', () => {
    fc.assert(
      fc.property(pageText, (text) => {
        const matches = matcher.find(text);
        let previousEnd = 0;
        for (const match of matches) {
          expect(match.start).toBeGreaterThanOrEqual(previousEnd);
          expect(match.end).toBeGreaterThan(match.start);
          expect(match.end).toBeLessThanOrEqual(text.length);
          previousEnd = match.end;
        }
      }),
      { numRuns: 400 },
    );
  });

  it('finds every name and every derived form of it, as written in a sentence', () => {
    const misses: string[] = [];
    for (const entry of glossary) {
      const wordNames = [entry.term, ...entry.aliases];
      const written = [
        ...entry.abbreviations,
        ...entry.forms,
        ...wordNames.flatMap((name) => {
          const words = name.split(' ');
          const last = words.pop() ?? '';
          return deriveForms(last).map((form) => [...words, form].join(' '));
        }),
      ];
      for (const form of written) {
        const text = `I kommunen står der ${form} i sagen.`;
        const [match] = matcher.find(text);
        // A name that begins with a sign ("§ 56-aftale") is marked from its first letter or digit; a
        // longer name that begins with an article ("Den kommunale ungeindsats") from the word after it.
        const article = form.split(/\s+/).length >= 3 ? /^(?:den|det|de)\s+/iu.exec(form)?.[0].length : undefined;
        const lead = article ?? /^[^\p{L}\p{N}]*/u.exec(form)?.[0].length ?? 0;
        const start = text.indexOf(form) + lead;
        // A name several acts use is found for one of them, with the others as its senses.
        const named = match && (match.entryId === entry.id || match.senses?.includes(entry.id));
        if (!match || !named || match.start !== start || match.end !== text.indexOf(form) + form.length) {
          misses.push(`${form} (${entry.id})`);
        }
      }
    }
    expect(misses).toEqual([]);
  });
});
