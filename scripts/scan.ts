// `npm run scan -- FILE...`: the glossary terms in HTML or plain-text files, one JSON line a file:
// {"file": "…", "terms": {"<entryId>": {"count": N, "forms": {"<matched text>": N}}}}.
// The very matcher, text collection and skipping rules of the content script, over happy-dom.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { Window } from 'happy-dom';
import rawGlossary from '../data/glossary.json';
import { toMatchable } from '../lib/glossary/matchable';
import { parseGlossary } from '../lib/glossary/validate';
import { compileMatcher } from '../lib/matcher/create-matcher';
import { tallyTerms } from '../lib/page/find-terms';
import { scanRoot } from '../lib/page/scan-document';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('Usage: npm run scan -- FILE.html [FILE.txt ...]');
  process.exit(2);
}

const matcher = compileMatcher(parseGlossary(rawGlossary).map(toMatchable));
const window = new Window({
  settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
});

let failed = false;
for (const file of files) {
  try {
    const content = readFileSync(file, 'utf8');
    const document = new window.DOMParser().parseFromString(
      /\.html?$/i.test(extname(file)) ? content : '<!doctype html><body><pre></pre></body>',
      'text/html',
    );
    const pre = document.querySelector('pre');
    if (!/\.html?$/i.test(extname(file)) && pre) pre.textContent = content;
    const found = scanRoot(document.body as unknown as Node, matcher);
    console.log(JSON.stringify({ file, terms: tallyTerms(found) }));
  } catch (error) {
    failed = true;
    console.error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
await window.happyDOM.close();
process.exit(failed ? 1 : 0);
