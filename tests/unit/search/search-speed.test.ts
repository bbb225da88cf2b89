import { describe, expect, it } from 'vitest';
import rawActs from '@/data/acts.json';
import rawGlossary from '@/data/glossary.json';
import { parseRegister } from '@/lib/acts/schema';
import { parseGlossary } from '@/lib/glossary/validate';
import { combineSearches, createSearchIndex, createSearchIndexInSlices, serialisedSearchIndex } from '@/lib/search/search-index';
import { generateOwnEntries } from '../helpers/own-entries';

const glossary = parseGlossary(rawGlossary);
const acts = parseRegister(rawActs).acts;

/** What a caseworker types, one keystroke at a time: names, descriptions, a §, a typo, nothing known. */
const TYPED = ['fleksjob', 'hjælp til handicappede på arbejdspladsen', 'hvor længe kan man få sygedagpenge', 'SEL § 112', 'ledsagerordnig', 'xqzv wrtp'];
const keystrokes = TYPED.flatMap((query) => Array.from({ length: query.length }, (_, end) => query.slice(0, end + 1)));

describe('a keystroke within one frame, with 5,000 own entries beside the glossary', () => {
  it('answers every prefix of the typed queries, closest names included when nothing is found, in under 16 ms (95th percentile)', async () => {
    const own = await createSearchIndexInSlices(generateOwnEntries(glossary, 5000), acts);
    const search = combineSearches(createSearchIndex(glossary, serialisedSearchIndex(glossary), acts), own);
    const keystroke = (query: string) => {
      const ids = search.search(query);
      if (ids.length === 0) search.suggest?.(query);
    };
    for (const query of keystrokes) keystroke(query); // warm the code (the panel's code is warm after a few keys)
    // The best of three tries of each keystroke: on this shared machine (and beside the other test
    // files running in this process) a single try also counts the time other work took.
    const times = keystrokes.map((query) => {
      let best = Infinity;
      for (let attempt = 0; attempt < 3; attempt += 1) {
        const start = performance.now();
        keystroke(query);
        best = Math.min(best, performance.now() - start);
      }
      return best;
    });
    times.sort((a, b) => a - b);
    const at = (share: number) => times[Math.min(times.length - 1, Math.floor(share * times.length))] ?? 0;
    console.info(`search keystrokes: ${times.length}, time median ${at(0.5).toFixed(1)} ms, 95th percentile ${at(0.95).toFixed(1)} ms, longest ${at(1).toFixed(1)} ms`);
    expect(at(0.95)).toBeLessThan(16);
  }, 60_000);
});
