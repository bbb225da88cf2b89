// `npx tsx scripts/measure-references.ts FILE.html... [--sample N] [--near-acts]`: how many references
// to a page's own act show the right provision, with the content script's own finding (the page
// matcher, the reference grammar, the provision index) over happy-dom. A reference is right when
// the provision found is the one it names: its text opens with that § ("§ 7 a."), stk. ("Stk. 2.",
// or the § itself for stk. 1), item ("3)") or chapter, and a bare stk. is looked up in the § whose
// heading precedes it in the text. One line a file, and the totals. `--sample N` prints N references
// into this act at random, with their sentence, to be read by hand (does it point into this act?);
// `--near-acts` prints every one with an act's name or "lov" within 60 characters after it.
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import rawGlossary from '../data/glossary.json';
import rawActs from '../data/acts.json';
import { actOfPage, actsAsMatchable, holdsProvisions, provisionLabel, spelled, type Provision } from '../lib/acts';
import { parseRegister } from '../lib/acts/schema';
import { toMatchable } from '../lib/glossary/matchable';
import { parseGlossary } from '../lib/glossary/validate';
import { compileMatcher } from '../lib/matcher/create-matcher';
import { collectAllText, RUN_BREAK } from '../lib/page/collect-text';
import { findTerms } from '../lib/page/find-terms';
import { indexProvisions } from '../lib/page/provisions';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at < 0 ? undefined : (args.splice(at, name === '--near-acts' ? 1 : 2)[1] ?? 'yes');
};
const sample = Number(option('--sample') ?? 0);
const nearActs = option('--near-acts') !== undefined;
const register = parseRegister(rawActs);
const matcher = compileMatcher([...parseGlossary(rawGlossary).map(toMatchable), ...actsAsMatchable(register.acts)]);
const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
const byEli: Record<string, string> = {};

/** What the found text must open with for the provision named (the § a bare stk. stands in given). */
function opening(provision: Provision, section: string): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '\\s?');
  if (provision.chapter) return new RegExp(`^Kapitel ${escape(spelled(provision.chapter))}(?![\\p{L}\\p{N}])`, 'u');
  if (provision.nr) return new RegExp(`^${escape(spelled(provision.nr))}\\)`, 'u');
  // "Stk. 2-3. (Udelades)" heads stk. 3 too.
  if (provision.stk !== undefined && provision.stk > 1) return new RegExp(`^Stk\\. (?:${provision.stk}|\\d+-${provision.stk})\\.|^Stk\\. (\\d+)-(\\d+)\\.`, 'u');
  return new RegExp(`^§§? ${escape(spelled(section))}(?![\\p{L}\\p{N}])`, 'u');
}

/** A § heading opening a block (the text's run breaks are U+0000). */
const HEADING = new RegExp(`(?:^|${RUN_BREAK})\\s*§§?\\s*(\\d+)(?:\\s?([a-zæøå]))?(?:\\s*[-–]\\s*\\d+(?:\\s?[a-zæøå])?)?\\.`, 'gu');

const totals = { same: 0, right: 0, none: 0, wrong: 0, otherActs: 0 };
const picked: string[] = [];
for (const file of args) {
  const document = new window.DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/html') as unknown as Document;
  const pageAct = actOfPage({ title: document.title }, byEli, (text) => matcher.find(text).map((match) => match.entryId));
  const collected = collectAllText(document.body);
  const sameAct = collected.chunks.some((chunk) => holdsProvisions(chunk.text));
  // As the content script: nothing into this act after retsinformation.dk's notes on the amending acts.
  const amendmentNotes = document.querySelector('.IKraftStreg, .IkraftTekst');
  const references = collected.chunks.flatMap((chunk) =>
    findTerms(collected, matcher, chunk, { pageAct, references: { sameAct, amendmentNotes } }).filter((term) => term.reference),
  );
  const index = indexProvisions(document);
  const counts = { same: 0, right: 0, none: 0, wrong: 0, otherActs: 0 };
  const wrongs: string[] = [];
  for (const term of references) {
    const reference = term.reference;
    if (!reference) continue;
    if (reference.act) {
      counts.otherActs += 1;
      continue;
    }
    counts.same += 1;
    const before = collected.slice(Math.max(0, term.from - 200_000), term.from);
    const heading = [...before.matchAll(HEADING)].at(-1);
    const section = reference.provision.section ?? (heading ? `${heading[1] ?? ''}${heading[2] ?? ''}` : '');
    const context = collected.slice(Math.max(0, term.from - 90), term.to + 90).replace(/\s+/gu, ' ');
    const found = index.find(term.start.node, reference.provision);
    if (!found) {
      counts.none += 1;
      wrongs.push(`  no card: ${provisionLabel(reference.provision)} | …${context}…`);
    }
    else if (opening(reference.provision, section).test(found.text)) counts.right += 1;
    else {
      counts.wrong += 1;
      wrongs.push(`  wrong: ${provisionLabel(reference.provision)} → ${found.label}: ${found.text.slice(0, 60)} | …${context}…`);
    }
    const after = collected.slice(term.to, term.to + 60);
    if (nearActs && (/lov/iu.test(after) || matcher.find(after).some((match) => match.entryId.startsWith('lov:')))) {
      console.log(`  near an act: [${collected.slice(term.from, term.to)}] …${context}…`);
    }
    if (sample > 0) picked.push(`${file.split('/').at(-1) ?? ''} [${collected.slice(term.from, term.to)}] …${context}…`);
  }
  console.log(`${file}: act ${pageAct ?? '(none in the register)'}; ${counts.same} into this act: ${counts.right} right, ${counts.none} no card, ${counts.wrong} wrong; ${counts.otherActs} into other acts of the register`);
  for (const line of wrongs.slice(0, 10)) console.log(line);
  for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += counts[key];
}
const rate = totals.same === 0 ? 0 : (100 * totals.right) / totals.same;
console.log(`all: ${totals.same} references into the page's act, ${totals.right} show the right provision (${rate.toFixed(1)} %), ${totals.none} no card, ${totals.wrong} wrong; ${totals.otherActs} into other acts`);
for (let left = Math.min(sample, picked.length); left > 0; left -= 1) {
  const [line] = picked.splice(Math.floor(Math.random() * picked.length), 1);
  console.log(line);
}
await window.happyDOM.close();
