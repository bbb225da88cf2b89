import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { toCardData } from '../lib/glossary/card-data';
import { toEntryKinds } from '../lib/glossary/entry-kinds';
import { toMatchable } from '../lib/glossary/matchable';
import { compileGlossary, type CompiledGlossary } from '../lib/matcher/compile-glossary';
import { wordStartSource } from '../lib/matcher/word-sieve';
import { serialisedSearchIndex } from '../lib/search/search-index';
import { parseGlossaryFile } from '../lib/glossary/validate';

const FULL_ID = 'virtual:metodelup-glossary';
const MATCHER_ID = 'virtual:metodelup-glossary/matcher';
const CARDS_ID = 'virtual:metodelup-glossary/cards';
const INDEX_ID = 'virtual:metodelup-glossary/search-index';
const KINDS_ID = 'virtual:metodelup-glossary/kinds';
const IDS = [FULL_ID, MATCHER_ID, CARDS_ID, INDEX_ID, KINDS_ID];

/**
 * Serves `data/glossary.json` to the bundle, validated and normalised at build time: a broken
 * glossary fails the build with the entry and field named, and the extension ships without the
 * validator. `virtual:metodelup-glossary` is every field (side panel); `/matcher` the names split
 * into words for the matcher, and `/cards` what the hover card shows, for the content script;
 * `/search-index` the panel's MiniSearch index, serialised.
 */
export function glossaryPlugin(file = 'data/glossary.json'): Plugin {
  const path = resolve(file);
  return {
    name: 'metodelup-glossary',
    resolveId(id) {
      return IDS.includes(id) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!IDS.some((known) => id === `\0${known}`)) return undefined;
      this.addWatchFile(path);
      const { entries: glossary, glossaryDate } = parseGlossaryFile(JSON.parse(readFileSync(path, 'utf8')));
      if (id === `\0${INDEX_ID}`) return `export default ${JSON.stringify(serialisedSearchIndex(glossary))};`;
      const data =
        id === `\0${MATCHER_ID}`
          ? withSieve(compileGlossary(glossary.map(toMatchable)))
          : id === `\0${CARDS_ID}`
            ? glossary.map(toCardData)
            : id === `\0${KINDS_ID}`
              ? toEntryKinds(glossary)
              : glossary;
      // JSON.parse of a string literal: V8 parses it far faster than the same data as a JS literal.
      const dated = id === `\0${FULL_ID}` ? `export const glossaryDate = ${JSON.stringify(glossaryDate ?? null)};\n` : '';
      return `${dated}export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
    },
  };
}

/** The built-in glossary with its sieve's source made here, not on every page. */
function withSieve(compiled: CompiledGlossary): CompiledGlossary {
  return { ...compiled, sieve: wordStartSource(compiled, false) };
}
