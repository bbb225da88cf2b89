import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { actsAsMatchable } from '../lib/acts/act-names';
import { eliKey } from '../lib/acts/page-act';
import { parseRegister, type ActRegister } from '../lib/acts/schema';
import { toCardData } from '../lib/glossary/card-data';
import { toEntryKinds } from '../lib/glossary/entry-kinds';
import { sharedNames } from '../lib/glossary/shared-names';
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
const ACTS_ID = 'virtual:metodelup-acts';
const ACTS_BY_ELI_ID = 'virtual:metodelup-acts/eli';
const IDS = [FULL_ID, MATCHER_ID, CARDS_ID, INDEX_ID, KINDS_ID, ACTS_ID, ACTS_BY_ELI_ID];

/**
 * Serves `data/glossary.json` to the bundle, validated and normalised at build time: a broken
 * glossary fails the build with the entry and field named, and the extension ships without the
 * validator. `virtual:metodelup-glossary` is every field (side panel); `/matcher` the names split
 * into words for the matcher, and `/cards` what the hover card shows, for the content script;
 * `/search-index` the panel's MiniSearch index, serialised.
 */
export function glossaryPlugin(file = 'data/glossary.json', actsFile = 'data/acts.json'): Plugin {
  const path = resolve(file);
  const actsPath = resolve(actsFile);
  return {
    name: 'metodelup-glossary',
    resolveId(id) {
      return IDS.includes(id) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!IDS.some((known) => id === `\0${known}`)) return undefined;
      this.addWatchFile(path);
      this.addWatchFile(actsPath);
      const { entries: glossary, glossaryDate } = parseGlossaryFile(JSON.parse(readFileSync(path, 'utf8')));
      const register = parseRegister(JSON.parse(readFileSync(actsPath, 'utf8')));
      if (id === `\0${INDEX_ID}`) return `export default ${JSON.stringify(serialisedSearchIndex(glossary))};`;
      const modules: Record<string, () => unknown> = {
        [FULL_ID]: () => glossary,
        [MATCHER_ID]: () => withSieve(compileGlossary([...glossary.map(toMatchable), ...actsAsMatchable(register.acts)])),
        [CARDS_ID]: () => {
          const senses = sharedNames(glossary);
          return glossary.map((entry) => toCardData(entry, senses.get(entry.id)));
        },
        [KINDS_ID]: () => toEntryKinds(glossary),
        [ACTS_ID]: () => register,
        [ACTS_BY_ELI_ID]: () => actsByEli(register),
      };
      const data = modules[id.slice(1)]?.();
      // JSON.parse of a string literal: V8 parses it far faster than the same data as a JS literal.
      const dated = id === `\0${FULL_ID}` ? `export const glossaryDate = ${JSON.stringify(glossaryDate ?? null)};\n` : '';
      return `${dated}export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
    },
  };
}

/** Each act's retsinformation.dk addresses, current and earlier, by ELI key ("2024/280" → "lab"). */
function actsByEli(register: ActRegister): Record<string, string> {
  const byEli: Record<string, string> = {};
  for (const act of register.acts) {
    for (const url of [act.consolidation.url, ...act.earlier]) {
      const key = eliKey(url);
      if (key) byEli[key] = act.id;
    }
  }
  return byEli;
}

/** The built-in glossary with its sieve's source made here, not on every page. */
function withSieve(compiled: CompiledGlossary): CompiledGlossary {
  return { ...compiled, sieve: wordStartSource(compiled, false) };
}
