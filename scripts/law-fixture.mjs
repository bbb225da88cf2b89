// Writes a test page for a consolidated act from the retsinformation.dk text in a seed file of the
// public repository Ansvar-Systems/Danish-law-mcp (data/seed/<year>_<number>.json), in the simple
// markup of the shared corpus pages: retsinformation.dk's class names (Paragraf, ParagrafNr, Stk2,
// StkNr, Kapitel) around the verbatim text. Danish statutes are not protected by copyright
// (ophavsretsloven § 9).
//   node scripts/law-fixture.mjs SEED.json OUT.html
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';

const [seedPath, outPath] = process.argv.slice(2);
if (!seedPath || !outPath) {
  console.error('usage: node scripts/law-fixture.mjs SEED.json OUT.html');
  process.exit(2);
}
const seed = JSON.parse(readFileSync(seedPath, 'utf8'));
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const anchor = (section) => `P${section.replace(/\s+/g, '')}`;

const lines = [];
let chapter;
for (const provision of seed.provisions) {
  if (provision.chapter && provision.chapter !== chapter) {
    chapter = provision.chapter;
    lines.push(`<p class="Kapitel" id="K${chapter}"><span>Kapitel ${escape(chapter)}</span></p>`);
  }
  // "§ 7 a. Tekst … Stk. 2. Tekst …": the § and each stk. on a paragraph of their own.
  const parts = provision.content.split(/\s(?=Stk\. \d+\.\s)/u);
  const [first = '', ...rest] = parts;
  const head = /^(§§? [^.]+\.)\s?(.*)$/su.exec(first);
  lines.push(
    head
      ? `<p class="Paragraf" id="${anchor(provision.section)}"><span class="ParagrafNr">${escape(head[1])}</span> ${escape(head[2])}</p>`
      : `<p class="Paragraf">${escape(first)}</p>`,
  );
  for (const part of rest) {
    const stk = /^(Stk\. \d+\.)\s(.*)$/su.exec(part);
    lines.push(stk ? `<p class="Stk2"><span class="StkNr">${escape(stk[1])}</span> ${escape(stk[2])}</p>` : `<p class="Stk2">${escape(part)}</p>`);
  }
}

const html = `<!DOCTYPE html>
<html lang="da">
<head>
<meta charset="utf-8">
<title>${escape(seed.title)}</title>
</head>
<body>
<!-- Derived file (scripts/law-fixture.mjs): simple markup around statute text that is verbatim from Ansvar-Systems/Danish-law-mcp data/seed/${basename(seedPath)} (commit 7b40cb9c438a5b7267259d8b7ff0af3501a5cbc1), which was ingested from retsinformation.dk. Class names imitate retsinformation.dk (Paragraf, ParagrafNr, Stk2, StkNr, Kapitel). -->
<div class="document-content">
<p class="Titel2">${escape(seed.title)}</p>
${lines.join('\n')}
</div>
</body>
</html>
`;
writeFileSync(outPath, html);
console.log(`${outPath}: ${seed.provisions.length} provisions`);
