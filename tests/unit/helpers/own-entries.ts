import type { GlossaryEntry } from '@/lib/glossary/schema';

/**
 * `count` own entries as a municipality might write them: a name of two or three words, a short
 * definition, and in every other entry a description. Their words are drawn from the running
 * text of the built-in glossary as it stands, so they are Danish words, compounds and inflections
 * as often as the glossary uses them (common words common, rare words rare), in a fixed
 * pseudo-random order: the same entries on every run.
 */
export function generateOwnEntries(glossary: readonly GlossaryEntry[], count: number): GlossaryEntry[] {
  const words = glossary.flatMap((entry) => `${entry.summary} ${entry.description}`.split(/[^\p{L}\p{N}]+/u)).filter(Boolean);
  let seed = 20;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const pick = () => words[Math.floor(next() * words.length)] ?? 'ord';
  const text = (length: number) => Array.from({ length }, pick).join(' ');
  return Array.from({ length: count }, (_, n) => ({
    id: `egen-${n}`,
    term: `${pick()} ${pick()} ${n}`,
    abbreviations: [],
    aliases: n % 3 === 0 ? [`${pick()}${pick().toLowerCase()}`] : [],
    forms: [],
    searchWords: n % 4 === 0 ? [text(2)] : [],
    category: 'begreber',
    areas: [],
    acts: [],
    summary: `${text(15 + (n % 11))}.`,
    description: n % 2 === 0 ? `${text(40 + (n % 41))}.` : '',
    related: [],
    sources: [],
    ambiguous: [],
  }));
}
