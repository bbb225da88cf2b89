import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { toMatchable } from '../lib/glossary/matchable';
import { parseGlossary } from '../lib/glossary/validate';

const FULL_ID = 'virtual:metodelup-glossary';
const MATCH_ID = 'virtual:metodelup-glossary/match';

/**
 * Serves `data/glossary.json` to the bundle, validated and normalised at build time: a broken
 * glossary fails the build with the entry and field named, and the extension ships without the
 * validator. `virtual:metodelup-glossary` is every field (side panel); `/match` only what the
 * matcher needs, so the content script on every page stays small.
 */
export function glossaryPlugin(file = 'data/glossary.json'): Plugin {
  const path = resolve(file);
  return {
    name: 'metodelup-glossary',
    resolveId(id) {
      return id === FULL_ID || id === MATCH_ID ? `\0${id}` : undefined;
    },
    load(id) {
      if (id !== `\0${FULL_ID}` && id !== `\0${MATCH_ID}`) return undefined;
      this.addWatchFile(path);
      const glossary = parseGlossary(JSON.parse(readFileSync(path, 'utf8')));
      const data = id === `\0${MATCH_ID}` ? glossary.map(toMatchable) : glossary;
      return `export default ${JSON.stringify(data)};`;
    },
  };
}
