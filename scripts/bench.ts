// `npm run bench`: the highlighter on large legislation pages in headless Chromium with the built
// extension, against mark.js on the same pages with the same terms. Prints one table and the
// targets; exits 1 when a target is missed. Figures are medians of BENCH_RUNS runs (default 3).
// For finding slow spots: BENCH_PAGE=combined-1x.html (one page), BENCH_HOTSPOTS=1 (functions and
// the longest task on stderr; build with NO_MINIFY=1 for names), BENCH_HIRES=1, BENCH_BLINK=1.
import { readFileSync } from 'node:fs';
import { chromium, type BrowserContext } from 'playwright-core';
import rawGlossary from '../data/glossary.json';
import { parseGlossary } from '../lib/glossary/validate';
import { toMatchable } from '../lib/glossary/matchable';
import { compileGlossary } from '../lib/matcher/compile-glossary';
import { wordStartPattern } from '../lib/matcher/word-sieve';
import { launchExtension, readSessionStorage, type LaunchedExtension } from '../tests/browser/support/launch-extension';
import { findChromium } from './find-chromium.mjs';
import { measureFloor, type Floor } from './bench/floor';
import { benchmarkPages, servePages } from './bench/pages';
import { eventsByUrl, hotspots, inclusive, insideLongestTask } from './bench/hotspots';
import { isBrowserTextCapture, longestTask, samplesIn, startTrace } from './bench/trace';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const STABLE_MS = 1500;

interface ExtensionRun {
  scriptMs: number;
  registeredMs: number;
  /** Ranges registered in CSS.highlights when the work is done (at most 2,500 at once). */
  highlights: number;
  /** Terms found and counted (what the panel's "on this page" list shows). */
  found: number;
  longestTaskMs: number;
  /** The browser's own reading of the page's text, when it fell while the extension worked (not counted above). */
  browserCaptureMs: number;
  /** Of the script time, what passes while the content script is evaluated, before any scan. */
  startUpMs: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

// Counts the registered ranges from the page's own world, every 5 ms, from before the page loads.
const WATCH_HIGHLIGHTS = `
  window.__highlightChanges = [];
  setInterval(() => {
    const highlight = CSS.highlights.get('metodelup-term');
    const size = highlight ? highlight.size : 0;
    const changes = window.__highlightChanges;
    if (changes.length === 0 || changes[changes.length - 1].size !== size) changes.push({ size, at: performance.now() });
  }, 5);`;

async function runExtension(extension: LaunchedExtension, url: string): Promise<ExtensionRun> {
  const { context, extensionId } = extension;
  const page = await context.newPage();
  await page.addInitScript(WATCH_HIGHLIGHTS);
  const session = await context.newCDPSession(page);
  const stopTrace = await startTrace(session);
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  type Change = { size: number; at: number };
  let changes: Change[] = [];
  let now = 0;
  for (const started = Date.now(); Date.now() - started < 120_000; ) {
    await page.waitForTimeout(250);
    [changes, now] = await page.evaluate<[Change[], number]>('[window.__highlightChanges, performance.now()]');
    const latest = changes.at(-1);
    if (latest && latest.size > 0 && now - latest.at > STABLE_MS) break;
  }
  const events = await stopTrace();
  const stored = ((await readSessionStorage(extension, 'page-terms')) ?? {}) as Record<string, { frames: Record<string, Record<string, number>> }>;
  const found = Object.values(stored)
    .flatMap((tab) => Object.values(tab.frames))
    .flatMap((counts) => Object.values(counts))
    .reduce((sum, count) => sum + count, 0);
  await page.close();
  const samples = samplesIn(events, `chrome-extension://${extensionId}/content-scripts/`);
  if (process.env.BENCH_HOTSPOTS) console.error(hotspots(events, `chrome-extension://${extensionId}/content-scripts/`));
  // The script's own start (EvaluateScript) can come before the page's first frame after load,
  // the page's heaviest task, which the script waits for before it scans; "while it works" is the
  // start-up task plus everything from the first slice of the scan to a second after the last.
  const evaluate = events.find(
    (e) => e.name === 'EvaluateScript' && String((e.args?.data as { url?: string } | undefined)?.url).startsWith(`chrome-extension://${extensionId}/`),
  );
  const evaluateEnd = evaluate ? evaluate.ts + (evaluate.dur ?? 0) : 0;
  const first = samples.find((sample) => sample.ts > evaluateEnd)?.ts ?? samples[0]?.ts ?? 0;
  const last = samples.at(-1)?.ts ?? 0;
  const startUp = evaluate ? longestTask(events, evaluate.ts, evaluate.ts) : 0;
  const final = changes.at(-1);
  if (process.env.BENCH_HOTSPOTS) {
    console.error(insideLongestTask(events, first, last + 1_000_000));
    const long = events.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) > 30_000 && e.ts + (e.dur ?? 0) >= first && e.ts <= last + 1_000_000);
    const kind = (task: (typeof events)[number]) => {
      const end = task.ts + (task.dur ?? 0);
      const inside = events.filter((e) => e.pid === task.pid && e.tid === task.tid && e !== task && e.ph === 'X' && e.ts >= task.ts && e.ts <= end);
      const ours = samples.filter((sample) => sample.ts >= task.ts && sample.ts <= end).length;
      return `${inside.sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))[0]?.name ?? '?'} ours=${ours}`;
    };
    console.error('first sample', 0, 'last sample', ((last - first) / 1000).toFixed(0), 'long tasks at', long.map((e) => `${((e.ts - first) / 1000).toFixed(0)}+${((e.dur ?? 0) / 1000).toFixed(0)} ${kind(e)}`));
  }
  if (process.env.BENCH_HOTSPOTS) console.error(eventsByUrl(events, `chrome-extension://${extensionId}/`));
  if (process.env.BENCH_HOTSPOTS) {
    console.error(inclusive(events, ['main', 'createMatcher', 'startHighlighter', 'collectText', 'find', 'findTerms', 'add', 'refresh', 'counts', 'sendToBackground', 'definedOtherwise', 'runInSlices', 'yieldToPage']));
  }
  const sampledMs = (from: number, to: number) =>
    samples.filter((sample) => sample.ts >= from && sample.ts <= to).reduce((sum, sample) => sum + sample.dur, 0) / 1000;
  return {
    scriptMs: sampledMs(-Infinity, Infinity),
    startUpMs: evaluate ? sampledMs(evaluate.ts, evaluateEnd) : 0,
    registeredMs: final?.at ?? NaN,
    highlights: final?.size ?? 0,
    found,
    // The rendering of the highlights included.
    longestTaskMs: Math.max(startUp, longestTask(events, first, last + 1_000_000, true)),
    browserCaptureMs: Math.max(
      0,
      ...events
        .filter((e) => e.name === 'RunTask' && e.ts + (e.dur ?? 0) >= first && e.ts <= last + 1_000_000 && isBrowserTextCapture(events, e))
        .map((e) => (e.dur ?? 0) / 1000),
    ),
  };
}

// Records, from before the panel's scripts run, when the first list of results is in the page.
const WATCH_RESULTS = `
  new MutationObserver((_, observer) => {
    if (document.querySelector('[role=option]')) {
      window.__firstResultsAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });`;

/**
 * Milliseconds from opening the side panel page to its first results, reopened on a search made
 * before it was closed (as a caseworker does); `search` makes that search first.
 */
async function runPanel(extension: LaunchedExtension, search?: string): Promise<number> {
  const panelUrl = `chrome-extension://${extension.extensionId}/sidepanel.html`;
  if (search) {
    const first = await extension.context.newPage();
    await first.goto(panelUrl);
    await first.getByRole('searchbox').fill(search);
    await first.waitForSelector('[role=option]');
    await first.close();
  }
  const page = await extension.context.newPage();
  await page.addInitScript(WATCH_RESULTS);
  await page.goto(panelUrl);
  await page.waitForSelector('[role=option]');
  const at = await page.evaluate<number>('window.__firstResultsAt');
  await page.close();
  return at;
}

async function runMarkJs(context: BrowserContext, url: string, names: string[]): Promise<{ ms: number; marks: number }> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.addScriptTag({ content: readFileSync('node_modules/mark.js/dist/mark.min.js', 'utf8') });
  // One regular expression of the same names, longest first, as mark.js is best used. A string,
  // not a function: tsx's name helpers do not exist inside the page.
  const alternation = [...names].sort((a, b) => b.length - a.length).map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const result = await page.evaluate<{ ms: number; marks: number }>(`
    new Promise((resolve) => {
      const terms = new RegExp(${JSON.stringify(`(?<![\\p{L}\\p{N}])(?:${alternation.join('|')})[\\p{L}\\p{N}]*`)}, 'giu');
      const started = performance.now();
      new Mark(document.body).markRegExp(terms, {
        exclude: ['script', 'style', 'noscript', 'textarea', 'input', 'select', 'code'],
        // To the first frame painted with the marks: a frame callback, then the task after it.
        done: () => requestAnimationFrame(() => setTimeout(() =>
          resolve({ ms: performance.now() - started, marks: document.querySelectorAll('mark').length }), 0)),
      });
    })`);
  await page.close();
  return result;
}

const glossary = parseGlossary(rawGlossary);
const names = [...new Set(glossary.flatMap((e) => [e.term, ...(e.englishTerm ? [e.englishTerm] : []), ...e.aliases, ...e.forms, ...e.abbreviations]))];
const pages = benchmarkPages();
const server = await servePages(pages);
const extension = await launchExtension();
const plain = await chromium.launchPersistentContext('', {
  executablePath: findChromium(),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
});

const rows: { page: string; ext: ExtensionRun; markMs: number }[] = [];
const panelRuns: number[] = [];
const floors: Floor[] = [];
// The sieve for lower-cased text, the way the matcher runs it.
const sieve = wordStartPattern(compileGlossary(glossary.map(toMatchable)), false, false);
try {
  for (let run = 0; run < RUNS; run += 1) panelRuns.push(await runPanel(extension, run === 0 ? 'fleks' : undefined));
  for (const name of [...pages.keys()].filter((n) => !process.env.BENCH_PAGE || n === process.env.BENCH_PAGE)) {
    const runs: ExtensionRun[] = [];
    const markRuns: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      runs.push(await runExtension(extension, server.url(name)));
      markRuns.push((await runMarkJs(plain, server.url(name), names)).ms);
    }
    const ext: ExtensionRun = {
      scriptMs: median(runs.map((r) => r.scriptMs)),
      registeredMs: median(runs.map((r) => r.registeredMs)),
      highlights: median(runs.map((r) => r.highlights)),
      found: median(runs.map((r) => r.found)),
      longestTaskMs: Math.max(...runs.map((r) => r.longestTaskMs)),
      browserCaptureMs: Math.max(...runs.map((r) => r.browserCaptureMs)),
      startUpMs: median(runs.map((r) => r.startUpMs)),
    };
    rows.push({ page: name, ext, markMs: median(markRuns) });
    if (name === 'combined-1x.html') {
      for (let run = 0; run < RUNS; run += 1) floors.push(await measureFloor(plain, server.url(name), sieve, ext.found));
    }
    process.stderr.write(`${name}: done\n`);
  }
} finally {
  await extension.close();
  await plain.close();
  await server.close();
}

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
console.log(`\nMetodelup benchmark — Chromium ${extension.context.browser()?.version() ?? ''}, median of ${RUNS} runs\n`);
console.log('| page | extension script time | navigation → all registered | terms found | highlights registered | longest task while it works | mark.js to painted frame | mark.js ÷ script time |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const { page, ext, markMs } of rows) {
  console.log(
    `| ${page} | ${fmt(ext.scriptMs)} | ${fmt(ext.registeredMs)} | ${ext.found} | ${ext.highlights} | ${fmt(ext.longestTaskMs)} | ${fmt(markMs)} | ${(markMs / ext.scriptMs).toFixed(1)}× |`,
  );
}

const captures = rows.filter((row) => row.ext.browserCaptureMs > 0);
if (captures.length > 0) {
  console.log(
    `\nNot counted as ours: Chromium's own reading of the page text (CapturePageText), which fell inside the work on ${captures
      .map((row) => `${row.page} (${fmt(row.ext.browserCaptureMs)})`)
      .join(', ')}; it runs on every page, with or without the extension.`,
  );
}

if (floors.length > 0) {
  const one = rows.find((row) => row.page === 'combined-1x.html');
  const floor = (key: 'walkMs' | 'rangesMs' | 'handoffMs' | 'regexMs') => median(floors.map((run) => run[key]));
  const [walk, ranges, handoff, regex] = [floor('walkMs'), floor('rangesMs'), floor('handoffMs'), floor('regexMs')];
  const { elements = 0, textNodes = 0, characters = 0 } = floors[0] ?? {};
  console.log(
    [
      `\nFloor on combined-1x.html: the main-thread work no design avoids, each step once in a fresh isolated world (median of ${RUNS}).`,
      `Walking its ${elements} elements and ${textNodes} text nodes ${fmt(walk)}; one StaticRange for each of its ${one?.ext.found ?? 0} terms and their registration ${fmt(ranges)};`,
      `matching in a worker: making it and posting the ${characters} characters to it ${fmt(handoff)}, in all ${fmt(walk + ranges + handoff)};`,
      `matching on the main thread: lower-casing the text and one pass of the sieve regex ${fmt(regex)}, in all ${fmt(walk + ranges + regex)}.`,
      `Neither counts the script's own start-up (${fmt(one?.ext.startUpMs ?? NaN)} of its script time, while the browser evaluates it) or any rule. 10× below mark.js leaves ${fmt((one?.markMs ?? NaN) / 10)}.`,
    ].join('\n'),
  );
}

const panelMs = median(panelRuns);
console.log(`\nSide panel: first results ${fmt(panelMs)} after the page starts loading, reopened on a search (median of ${RUNS}).`);

const one = rows.find((row) => row.page === 'combined-1x.html');
const sixteen = rows.find((row) => row.page === 'combined-16x.html');
const targets: [string, boolean][] = [
  ['script time on the 1× page at least 10× below mark.js to frame', !!one && one.markMs / one.ext.scriptMs >= 10],
  ['no main-thread task of 50 ms or more while it works, on any page', rows.every((row) => row.ext.longestTaskMs < 50)],
  ['script time at 16× at most 18× that at 1×', !!one && !!sixteen && sixteen.ext.scriptMs <= 18 * one.ext.scriptMs],
  ['side panel: first results within 50 ms of opening', panelMs < 50],
];
console.log('');
for (const [target, met] of targets) console.log(`${met ? '✔' : '✖'} ${target}`);
process.exit(targets.every(([, met]) => met) ? 0 : 1);
