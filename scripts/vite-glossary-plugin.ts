import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { toMatchable } from '../lib/glossary/matchable';
import { compileGlossary } from '../lib/matcher/compile-matcher';
import { parseGlossary } from '../lib/glossary/validate';

const FULL_ID = 'virtual:metodelup-glossary';
const MATCHER_ID = 'virtual:metodelup-glossary/matcher';

/**
 * Serves `data/glossary.json` to the bundle, validated and normalised at build time: a broken
 * glossary fails the build with the entry and field named, and the extension ships without the
 * validator. `virtual:metodelup-glossary` is every field (side panel); `/matcher` the names already
 * inflected and indexed for the matcher, so the content script on every page starts at once.
 */
export function glossaryPlugin(file = 'data/glossary.json'): Plugin {
  const path = resolve(file);
  return {
    name: 'metodelup-glossary',
    resolveId(id) {
      return id === FULL_ID || id === MATCHER_ID ? `\0${id}` : undefined;
    },
    load(id) {
      if (id !== `\0${FULL_ID}` && id !== `\0${MATCHER_ID}`) return undefined;
      this.addWatchFile(path);
      const glossary = parseGlossary(JSON.parse(readFileSync(path, 'utf8')));
      const data = id === `\0${MATCHER_ID}` ? compileGlossary(glossary.map(toMatchable)) : glossary;
      // JSON.parse of a string literal: V8 parses it far faster than the same data as a JS literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
    },
  };
}
