// The printing of the figures beside the table: each against a baseline of the same run, with its target.
import { median, type ExtensionRun } from './extension-run';
import type { FirstScreen } from './first-screen';
import type { Floor } from './floor';
import type { FrameRun, FrameScenario } from './frames';
import { OURS_MIN_MS, type Task } from './tasks';

export type Target = [string, boolean];

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
const LONG_TASK_MS = 50;

export interface FrameRow {
  scenario: FrameScenario;
  alone: FrameRun;
  withExtension: FrameRun;
  /** The page alone with the extension's ranges registered by the page itself: the Highlight API's own cost. */
  sameRanges: FrameRun;
}

/** How far above the Highlight API's own cost for the same ranges the extension may be, ms a frame. */
const ABOVE_SAME_RANGES_MS = 0.3;

const signed = (ms: number) => `${ms >= 0 ? '+' : ''}${ms.toFixed(2)} ms`;

/**
 * Rendering work per frame while the clock runs: the page alone, the page with the same ranges
 * registered by itself (no extension), and the page with the extension.
 */
export function printFrames(rows: FrameRow[], runs: number): Target[] {
  console.log(
    `\nRendering work per frame while the page's clock changes one text node every frame (main thread: UpdateLayoutTree, Layout, PrePaint, Paint, Layerize, Commit, overlaps counted once; per BeginMainThreadFrame; 3 s traced once settled; median of ${runs}).`,
  );
  console.log(
    '"Same ranges, no extension": the page alone with the ranges the extension had registered, registered by the page itself under the same style — what the Highlight API costs for them, whoever registers them.',
  );
  console.log('| scenario | page alone | same ranges, no extension | with the extension | extension − page alone | target | extension − same ranges | target |');
  console.log('| --- | ---: | ---: | ---: | ---: | --- | ---: | --- |');
  const targets: Target[] = [];
  for (const { scenario, alone, withExtension, sameRanges } of rows) {
    const difference = withExtension.perFrameMs - alone.perFrameMs;
    const met = difference <= scenario.targetMs;
    const above = withExtension.perFrameMs - sameRanges.perFrameMs;
    const near = above <= ABOVE_SAME_RANGES_MS;
    console.log(
      `| ${scenario.label} | ${alone.perFrameMs.toFixed(2)} ms (${alone.frames} frames) | ${sameRanges.perFrameMs.toFixed(2)} ms (${sameRanges.registered?.length ?? 0} ranges) | ${withExtension.perFrameMs.toFixed(2)} ms (${withExtension.frames} frames) | ${signed(difference)} | +${scenario.targetMs} ms ${met ? '✔' : '✖'} | ${signed(above)} | +${ABOVE_SAME_RANGES_MS} ms ${near ? '✔' : '✖'} |`,
    );
    targets.push([`rendering work per frame on the ${scenario.label} page at most +${scenario.targetMs} ms over the page alone`, met]);
    targets.push([`rendering work per frame on the ${scenario.label} page at most +${ABOVE_SAME_RANGES_MS} ms over the same ranges registered without the extension`, near]);
  }
  // Where the difference lies, step by step (a nested step is inside its parent's figure too).
  for (const { scenario, alone, withExtension } of rows) {
    const steps = Object.keys(withExtension.steps)
      .map((name): [string, number] => [name, (withExtension.steps[name] ?? 0) - (alone.steps[name] ?? 0)])
      .filter(([, difference]) => Math.abs(difference) >= 0.05)
      .map(([name, difference]) => `${name} ${difference >= 0 ? '+' : ''}${difference.toFixed(2)}`);
    console.log(`${scenario.label}, with the extension less alone, per frame (ms): ${steps.join(', ') || 'no step differs by 0.05 ms'}.`);
  }
  return targets;
}

const task = ({ ms, oursMs, gc }: Task) => (ms === 0 ? '—' : `${fmt(ms)}${gc ? ' (GC)' : oursMs > 0 ? ` (ours ${oursMs < 0.1 ? '< 0.1 ms' : fmt(oursMs)})` : ''}`);

/**
 * The longest task attributable to the extension (its code sampled inside, or mostly a garbage
 * collection) at load and while the clock runs, beside the page alone's longest task.
 */
export function printLongestTasks(rows: FrameRow[], sixteen: ExtensionRun | undefined): Target[] {
  console.log(
    [
      `\nLongest main-thread task attributable to the extension (the longest of the runs), beside the page alone's longest: a task of the page's renderer main thread`,
      `that runs the extension's code for ${OURS_MIN_MS} ms or more (sampled by the profiler at load; inside a FunctionCall, EvaluateScript or v8.compile of its URL, at load and while the clock runs)`,
      `and either for half of it or more or for as long as makes it a task of 50 ms or more (the script starts inside the page's own parsing: a long parse with 1 ms of the script in it is the page's),`,
      `or that is mostly a garbage collection. "At load": from the navigation until settled; "clock": the 3 s traced for the frames. The table above uses the same rule.`,
    ].join('\n'),
  );
  console.log('| scenario | at load: extension | at load: page alone | clock: extension | clock: page alone |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  const ours: number[] = [];
  for (const { scenario, alone, withExtension } of rows) {
    console.log(
      `| ${scenario.label} | ${task(withExtension.atLoad.ours)} | ${task(alone.atLoad.page)} | ${task(withExtension.whileClock.ours)} | ${task(alone.whileClock.page)} |`,
    );
    ours.push(withExtension.atLoad.ours.ms, withExtension.whileClock.ours.ms);
  }
  if (sixteen) {
    // No run of the 16× page without the extension: its own longest task is the longest not attributable in the same run.
    console.log(`| combined-16x.html, load (table's run) | ${task(sixteen.tasks.ours)} | ${task(sixteen.tasks.page)} (same run, not ours) | — | — |`);
    ours.push(sixteen.tasks.ours.ms);
  }
  const scenarios = [...rows.map((row) => row.scenario.label), ...(sixteen ? ['16×'] : [])].join(', ');
  return [[`no task of ${LONG_TASK_MS} ms or more attributable to the extension (${scenarios}), at load and while the clock runs`, ours.every((ms) => ms < LONG_TASK_MS)]];
}

export interface FirstScreenRow {
  page: string;
  firstScreen: FirstScreen;
  markMs: number;
  /** The most the delay may be, as a share of mark.js's time. */
  target: number;
}

/** The delay from the page's first frame until the first screen's terms are registered, against mark.js to its painted frame. */
export function printFirstScreen(rows: FirstScreenRow[], runs: number): Target[] {
  console.log(
    `\nFirst screen: from the page's first frame (first-paint) until the registered ranges hold every term of the first screen (polled in the page every frame and every 2–4 ms; untraced; median of ${runs}), against mark.js from its start to its painted frame on the loaded page.`,
  );
  console.log('| page | first frame | first registered | first screen registered | delay | first-screen terms | mark.js to painted frame | delay ÷ mark.js | target |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  const targets: Target[] = [];
  for (const { page, firstScreen: f, markMs, target } of rows) {
    const delay = f.coveredMs - f.firstPaintMs;
    const met = delay / markMs <= target;
    console.log(
      `| ${page} | ${fmt(f.firstPaintMs)} | ${fmt(f.firstRegisteredMs)} | ${f.upperBound ? '≤ ' : ''}${fmt(f.coveredMs)} (${f.registered} ranges) | ${fmt(delay)} | ${f.terms} | ${fmt(markMs)} | ${(delay / markMs).toFixed(2)}× | ≤ ${target}× ${met ? '✔' : '✖'} |`,
    );
    targets.push([`first screen registered within ${target}× mark.js's time to its painted frame after the page's first frame, on ${page}`, met]);
  }
  return targets;
}

/** The floor line: the main-thread work no design avoids on combined-1x.html, and the script time against it. */
export function printFloor(floors: Floor[], one: ExtensionRun | undefined, runs: number): Target[] {
  const floor = (key: 'walkMs' | 'rangesMs' | 'handoffMs' | 'regexMs') => median(floors.map((run) => run[key]));
  const [walk, ranges, handoff, regex] = [floor('walkMs'), floor('rangesMs'), floor('handoffMs'), floor('regexMs')];
  const { elements = 0, textNodes = 0, characters = 0 } = floors[0] ?? {};
  const least = walk + ranges + Math.min(handoff, regex);
  const ratio = (one?.scriptMs ?? NaN) / least;
  console.log(
    [
      `\nFloor on combined-1x.html: the main-thread work no design avoids, each step once in a fresh isolated world (median of ${runs}).`,
      `Walking its ${elements} elements and ${textNodes} text nodes ${fmt(walk)}; one StaticRange for each of its ${one?.found ?? 0} terms and their registration ${fmt(ranges)};`,
      `matching in a worker: making it and posting the ${characters} characters to it ${fmt(handoff)}, in all ${fmt(walk + ranges + handoff)};`,
      `matching on the main thread: lower-casing the text and one pass of the sieve regex ${fmt(regex)}, in all ${fmt(walk + ranges + regex)}.`,
      `Neither counts the script's own start-up (${fmt(one?.startUpMs ?? NaN)} of its script time, while the browser evaluates it) or any rule.`,
      `Script time ${fmt(one?.scriptMs ?? NaN)} against the cheaper floor ${fmt(least)}: ${ratio.toFixed(2)}× (target ≤ 1.5×).`,
    ].join('\n'),
  );
  return [['script time on the 1× page at most 1.5× the floor (walk + ranges + the cheaper of worker handoff and main-thread regex)', ratio <= 1.5]];
}

export interface TableRow {
  page: string;
  ext: ExtensionRun;
  markMs: number;
}

/** The table: the extension's work on each page, and mark.js on the same page. */
export function printTable(rows: TableRow[]): Target[] {
  console.log(
    '| page | extension script time | navigation → all registered | terms found | highlights registered | longest task of its own (see below) | page\'s own longest task | mark.js to painted frame | mark.js ÷ script time |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const { page, ext, markMs } of rows) {
    console.log(
      `| ${page} | ${fmt(ext.scriptMs)} | ${fmt(ext.registeredMs)} | ${ext.found} | ${ext.highlights} | ${task(ext.tasks.ours)} | ${task(ext.tasks.page)} | ${fmt(markMs)} | ${(markMs / ext.scriptMs).toFixed(1)}× |`,
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
  const one = rows.find((row) => row.page === 'combined-1x.html');
  const sixteen = rows.find((row) => row.page === 'combined-16x.html');
  return [
    ['no task of 50 ms or more of the extension\'s own at load, on any page of the table', rows.every((row) => row.ext.tasks.ours.ms < LONG_TASK_MS)],
    ...(one && sixteen ? [['script time at 16× at most 18× that at 1×', sixteen.ext.scriptMs <= 18 * one.ext.scriptMs] as Target] : []),
  ];
}
