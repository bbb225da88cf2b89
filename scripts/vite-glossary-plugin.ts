import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { parseGlossary } from '../lib/glossary/validate';

const MODULE_ID = 'virtual:metodelup-glossary';
const RESOLVED_ID = `\0${MODULE_ID}`;

/**
 * Serves `data/glossary.json` to the bundle as `virtual:metodelup-glossary`, validated and
 * normalised at build time: a broken glossary fails the build with the entry and field named, and
 * the extension itself ships without the validator.
 */
export function glossaryPlugin(file = 'data/glossary.json'): Plugin {
  const path = resolve(file);
  return {
    name: 'metodelup-glossary',
    resolveId(id) {
      return id === MODULE_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      this.addWatchFile(path);
      const glossary = parseGlossary(JSON.parse(readFileSync(path, 'utf8')));
      return `export default ${JSON.stringify(glossary)};`;
    },
  };
}
