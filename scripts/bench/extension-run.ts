import { readSessionStorage, type LaunchedExtension } from '../../tests/browser/support/launch-extension';
import { eventsByUrl, hotspots, inclusive, insideLongestTask } from './hotspots';
import { longestTasks, type Longest, type Task } from './tasks';
import { isBrowserTextCapture, samplesIn, startTrace } from './trace';
import { waitUntilSettled, watchHighlights } from './watch';

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** The table's figures for one page. */
export interface ExtensionRun {
  scriptMs: number;
  registeredMs: number;
  /** Ranges registered in CSS.highlights when the work is done (at most 2,500 at once). */
  highlights: number;
  /** Terms found and counted (what the panel's "on this page" list shows). */
  found: number;
  /** The browser's own reading of the page's text, when it fell while the extension worked (not counted above). */
  browserCaptureMs: number;
  /** Of the script time, what passes while the content script is evaluated, before any scan. */
  startUpMs: number;
  /** The longest task that runs the extension's code or collects garbage, and the longest other task, over the whole run. */
  tasks: Longest;
}

/**
 * One load of `url` in the extension's context, traced from before the navigation until the
 * registered highlights have settled.
 */
export async function runExtension(extension: LaunchedExtension, url: string): Promise<ExtensionRun> {
  const { context, extensionId } = extension;
  const page = await context.newPage();
  await page.addInitScript(watchHighlights());
  const session = await context.newCDPSession(page);
  const stopTrace = await startTrace(session);
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  const { changes } = await waitUntilSettled(page, true);
  const events = await stopTrace();
  const stored = ((await readSessionStorage(extension, 'page-terms')) ?? {}) as Record<string, { frames: Record<string, Record<string, number>> }>;
  const found = Object.values(stored)
    .flatMap((tab) => Object.values(tab.frames))
    .flatMap((counts) => Object.values(counts))
    .reduce((sum, count) => sum + count, 0);
  await page.close();
  const samples = samplesIn(events, `chrome-extension://${extensionId}/content-scripts/`);
  if (process.env.BENCH_HOTSPOTS) console.error(hotspots(events, `chrome-extension://${extensionId}/content-scripts/`));
  // The script's own start (EvaluateScript, its start-up figure), and "while it works": from the
  // first sample after it to a second after the last (the hot spots, the browser's text capture).
  const evaluate = events.find(
    (e) => e.name === 'EvaluateScript' && String((e.args?.data as { url?: string } | undefined)?.url).startsWith(`chrome-extension://${extensionId}/`),
  );
  const evaluateEnd = evaluate ? evaluate.ts + (evaluate.dur ?? 0) : 0;
  const first = samples.find((sample) => sample.ts > evaluateEnd)?.ts ?? samples[0]?.ts ?? 0;
  const last = samples.at(-1)?.ts ?? 0;
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
    tasks: longestTasks(events, `chrome-extension://${extensionId}/`),
    registeredMs: final?.at ?? NaN,
    highlights: final?.size ?? 0,
    found,
    browserCaptureMs: Math.max(
      0,
      ...events
        .filter((e) => e.name === 'RunTask' && e.ts + (e.dur ?? 0) >= first && e.ts <= last + 1_000_000 && isBrowserTextCapture(events, e))
        .map((e) => (e.dur ?? 0) / 1000),
    ),
  };
}


/** The longest of some tasks. */
export const longestOf = (tasks: Task[]): Task => tasks.reduce((longest, task) => (task.ms > longest.ms ? task : longest));

/** Medians of the runs of one page; for the longest tasks, the longest of the runs. */
export function combineRuns(runs: ExtensionRun[]): ExtensionRun {
  return {
    scriptMs: median(runs.map((r) => r.scriptMs)),
    registeredMs: median(runs.map((r) => r.registeredMs)),
    highlights: median(runs.map((r) => r.highlights)),
    found: median(runs.map((r) => r.found)),
    browserCaptureMs: Math.max(...runs.map((r) => r.browserCaptureMs)),
    startUpMs: median(runs.map((r) => r.startUpMs)),
    tasks: {
      ours: longestOf(runs.map((r) => r.tasks.ours)),
      page: longestOf(runs.map((r) => r.tasks.page)),
      any: longestOf(runs.map((r) => r.tasks.any)),
    },
  };
}
