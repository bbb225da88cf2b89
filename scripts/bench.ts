// `npm run bench`: the highlighter on large legislation pages in headless Chromium with the built
// extension, against mark.js on the same pages with the same terms, and against the same pages
// without the extension. Prints one table, the figures beside it and the targets; exits 1 when a
// target is missed. Figures are medians of BENCH_RUNS runs (default 3).
// BENCH_ONLY=table,frames,first,panel,cold runs some of the figures: the table (with the floor
// line), rendering per frame and longest tasks with a page clock, the first screen, the side panel,
// the first page after the browser starts.
// For finding slow spots: BENCH_PAGE=combined-1x.html (one page, with its clock variant),
// BENCH_HOTSPOTS=1 (functions and the longest task on stderr; build with NO_MINIFY=1 for names),
// BENCH_HIRES=1, BENCH_BLINK=1.
import { chromium } from 'playwright-core';
import rawGlossary from '../data/glossary.json';
import { parseGlossary } from '../lib/glossary/validate';
import { toMatchable } from '../lib/glossary/matchable';
import { compileGlossary } from '../lib/matcher/compile-glossary';
import { wordStartPattern } from '../lib/matcher/word-sieve';
import { launchExtension } from '../tests/browser/support/launch-extension';
import { findChromium } from './find-chromium.mjs';
import { runMarkJs, runPanel } from './bench/baselines';
import { combineRuns, median, runExtension, type ExtensionRun } from './bench/extension-run';
import { printFirstScreen, printFloor, printFrames, printLongestTasks, printTable, type FirstScreenRow, type FrameRow, type TableRow, type Target } from './bench/figures';
import { printColdStart, runColdStarts, type ColdStart } from './bench/cold-start';
import { runFirstScreen, type FirstScreen } from './bench/first-screen';
import { measureFloor, type Floor } from './bench/floor';
import { clockPages, combineFrameRuns, FRAME_SCENARIOS, runFrames, type FrameRun } from './bench/frames';
import { benchmarkPages, servePages } from './bench/pages';
import { waitUntilSettled, watchHighlights } from './bench/watch';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const FIGURES = ['table', 'frames', 'first', 'panel', 'cold'];
const only = new Set((process.env.BENCH_ONLY ?? FIGURES.join(',')).split(',').map((figure) => figure.trim()));
const unknown = [...only].filter((figure) => !FIGURES.includes(figure));
if (unknown.length > 0) throw new Error(`BENCH_ONLY: no figure named ${unknown.join(', ')} (${FIGURES.join(', ')}).`);
const wanted = (...names: string[]) => !process.env.BENCH_PAGE || names.includes(process.env.BENCH_PAGE);

const glossary = parseGlossary(rawGlossary);
const names = [...new Set(glossary.flatMap((e) => [e.term, ...e.aliases, ...e.forms, ...e.abbreviations]))];
const pages = benchmarkPages();
const server = await servePages(new Map([...pages, ...clockPages()]));
const extension = await launchExtension();
const prefix = `chrome-extension://${extension.extensionId}/`;
// The page alone: the same browser, window and language as the extension's context, without it.
const plain = await chromium.launchPersistentContext('', {
  executablePath: findChromium(),
  headless: true,
  locale: 'da-DK',
  viewport: { width: 1280, height: 800 },
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
});

// One untimed load in each context first: the first page after the browser starts is slower (in
// the extension's context 3.5 s to its highlights instead of 0.5 s on the 1x page), and a quick run
// (BENCH_ONLY, BENCH_RUNS=1) would time it. The extension's load lasts until its highlights settle.
for (const context of [extension.context, plain]) {
  const page = await context.newPage();
  await page.addInitScript(watchHighlights());
  await page.goto(server.url('combined-1x.html'), { waitUntil: 'load', timeout: 120_000 });
  await waitUntilSettled(page, context === extension.context);
  await page.close();
}

const rows: TableRow[] = [];
const panelRuns: number[] = [];
const floors: Floor[] = [];
const frameRows: FrameRow[] = [];
const firstScreenRows: FirstScreenRow[] = [];
let coldStart: ColdStart | undefined;
// mark.js on a page: the table's figure, or measured here when the table did not run on it.
async function markMs(name: string): Promise<number> {
  const known = rows.find((row) => row.page === name)?.markMs;
  if (known !== undefined) return known;
  const runs: number[] = [];
  for (let run = 0; run < RUNS; run += 1) runs.push((await runMarkJs(plain, server.url(name), names)).ms);
  return median(runs);
}
// The sieve for lower-cased text, the way the matcher runs it.
const sieve = wordStartPattern(compileGlossary(glossary.map(toMatchable)), false, false);
try {
  if (only.has('panel')) for (let run = 0; run < RUNS; run += 1) panelRuns.push(await runPanel(extension, run === 0 ? 'fleks' : undefined));
  for (const name of [...pages.keys()].filter((n) => only.has('table') && wanted(n))) {
    const runs: ExtensionRun[] = [];
    const markRuns: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      runs.push(await runExtension(extension, server.url(name)));
      markRuns.push((await runMarkJs(plain, server.url(name), names)).ms);
    }
    const ext = combineRuns(runs);
    rows.push({ page: name, ext, markMs: median(markRuns) });
    if (name === 'combined-1x.html') {
      for (let run = 0; run < RUNS; run += 1) floors.push(await measureFloor(plain, server.url(name), sieve, ext.found));
    }
    process.stderr.write(`${name}: done\n`);
  }
  for (const scenario of FRAME_SCENARIOS.filter((s) => only.has('frames') && wanted(s.page, s.of))) {
    const alone: FrameRun[] = [];
    const withExtension: FrameRun[] = [];
    const sameRanges: FrameRun[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      alone.push(await runFrames(plain, server.url(scenario.page), scenario));
      const ours = await runFrames(extension.context, server.url(scenario.page), scenario, prefix);
      withExtension.push(ours);
      // The same ranges, registered by the page itself in the browser without the extension.
      sameRanges.push(await runFrames(plain, server.url(scenario.page), scenario, undefined, ours.registered ?? []));
    }
    frameRows.push({
      scenario,
      alone: combineFrameRuns(alone),
      withExtension: combineFrameRuns(withExtension),
      sameRanges: { ...combineFrameRuns(sameRanges), registered: withExtension.at(-1)?.registered ?? [] },
    });
    process.stderr.write(`${scenario.label}: done\n`);
  }
  for (const [name, target] of [['combined-1x.html', 0.5], ['combined-16x.html', 0.1]] as const) {
    if (!only.has('first') || !wanted(name)) continue;
    const runs: FirstScreen[] = [];
    for (let run = 0; run < RUNS; run += 1) runs.push(await runFirstScreen(extension.context, server.url(name)));
    // The run of the median delay, so that its columns belong together.
    const byDelay = [...runs].sort((a, b) => a.coveredMs - a.firstPaintMs - (b.coveredMs - b.firstPaintMs));
    const firstScreen = byDelay[Math.floor(byDelay.length / 2)] ?? runs[0]!;
    firstScreenRows.push({ page: name, firstScreen, markMs: await markMs(name), target });
    process.stderr.write(`first screen on ${name}: done\n`);
  }
  // Browsers of its own, started again and again on one profile.
  if (only.has('cold') && wanted('combined-1x.html')) coldStart = await runColdStarts(server.url('combined-1x.html'), RUNS);
} finally {
  await extension.close();
  await plain.close();
  await server.close();
}

console.log(`\nMetodelup benchmark — Chromium ${extension.context.browser()?.version() ?? ''}, median of ${RUNS} runs\n`);
const targets: Target[] = [];
if (rows.length > 0) targets.push(...printTable(rows));
const one = rows.find((row) => row.page === 'combined-1x.html');
if (floors.length > 0) targets.push(...printFloor(floors, one?.ext, RUNS));
if (frameRows.length > 0) targets.push(...printFrames(frameRows, RUNS));
const sixteen = rows.find((row) => row.page === 'combined-16x.html');
if (frameRows.length > 0 || sixteen) targets.push(...printLongestTasks(frameRows, sixteen?.ext));
if (firstScreenRows.length > 0) targets.push(...printFirstScreen(firstScreenRows, RUNS));
if (coldStart) targets.push(...printColdStart('combined-1x.html', coldStart, RUNS));
if (panelRuns.length > 0) {
  const panelMs = median(panelRuns);
  console.log(`\nSide panel: first results ${panelMs.toFixed(1)} ms after the page starts loading, reopened on a search (median of ${RUNS}).`);
  targets.push(['side panel: first results within 50 ms of opening', panelMs < 50]);
}
console.log('');
for (const [target, met] of targets) console.log(`${met ? '✔' : '✖'} ${target}`);
process.exit(targets.every(([, met]) => met) ? 0 : 1);
