import type { BrowserContext } from 'playwright-core';
import { longestOf, median } from './extension-run';
import { combinedPage } from './pages';
import { longestTasks, renderingPerFrame, type Task } from './tasks';
import { startTrace } from './trace';
import { READ_RANGES, registerRanges, type RangeSpec } from './same-ranges';
import { waitUntilSettled, watchHighlights } from './watch';

/** A page clock: one text node changed in every animation frame, at the end of the body. */
const CLOCK = `<p id="clock">0</p>
<script>
  (() => {
    const text = document.getElementById('clock').firstChild;
    const tick = () => {
      text.data = performance.now().toFixed(0);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })();
</script>`;

/** The 1× and 8× pages with the clock at the end. */
export function clockPages(): Map<string, string> {
  return new Map([1, 8].map((times) => [`clock-${times}x.html`, combinedPage(times, CLOCK)]));
}

export interface FrameScenario {
  label: string;
  page: string;
  /** The page the clock page is made of (BENCH_PAGE may name either). */
  of: string;
  /** Chromium's CPU throttling rate, from before the navigation (1: none). */
  throttle: number;
  /** The most rendering work per frame the extension may add, ms. */
  targetMs: number;
}

export const FRAME_SCENARIOS: FrameScenario[] = [
  { label: '1× clock', page: 'clock-1x.html', of: 'combined-1x.html', throttle: 1, targetMs: 0.5 },
  { label: '8× clock', page: 'clock-8x.html', of: 'combined-8x.html', throttle: 1, targetMs: 1 },
  { label: '1× clock, CPU 4× slower', page: 'clock-1x.html', of: 'combined-1x.html', throttle: 4, targetMs: 1 },
];

/** How long the clock runs under the trace. */
const CLOCK_MS = 3000;

export interface FrameRun {
  /** Main-thread rendering work per frame while the clock runs, ms. */
  perFrameMs: number;
  frames: number;
  /** Each rendering step per frame, ms. */
  steps: Record<string, number>;
  /** The longest tasks from the navigation until the page (and the extension) settled. */
  atLoad: { ours: Task; page: Task };
  /** The longest tasks while the clock runs. */
  whileClock: { ours: Task; page: Task };
  /** With the extension: the ranges it had registered when the clock was traced. */
  registered?: RangeSpec[];
}

/**
 * Loads a clock page in `context` (throttled from before the navigation when the scenario says so),
 * traces it until it has settled (for the extension: its highlights registered and unchanged, see
 * `waitUntilSettled`), stops the page's own highlight polling, then traces CLOCK_MS of the clock.
 * `extensionPrefix` (the extension's URL) marks the extension's context: its tasks are told apart.
 */
export async function runFrames(
  context: BrowserContext,
  url: string,
  scenario: FrameScenario,
  extensionPrefix?: string,
  /** Without the extension: ranges the page registers itself before the clock is traced. */
  register?: RangeSpec[],
): Promise<FrameRun> {
  const page = await context.newPage();
  await page.addInitScript(watchHighlights());
  const session = await context.newCDPSession(page);
  if (scenario.throttle > 1) await session.send('Emulation.setCPUThrottlingRate', { rate: scenario.throttle });
  const stopLoad = await startTrace(session);
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await waitUntilSettled(page, !!extensionPrefix);
  const load = longestTasks(await stopLoad(), extensionPrefix);
  await page.evaluate('window.__stopWatching()');
  const registered = extensionPrefix ? await page.evaluate<RangeSpec[]>(READ_RANGES) : undefined;
  if (register) {
    await page.evaluate(registerRanges(register));
    await page.waitForTimeout(500);
  }
  // No sampling profiler while the clock runs: it would slow each frame down.
  const stopClock = await startTrace(session, { sampling: false });
  await page.waitForTimeout(CLOCK_MS);
  const clockEvents = await stopClock();
  await page.close();
  const clock = longestTasks(clockEvents, extensionPrefix);
  return {
    ...renderingPerFrame(clockEvents),
    atLoad: { ours: load.ours, page: extensionPrefix ? load.page : load.any },
    whileClock: { ours: clock.ours, page: extensionPrefix ? clock.page : clock.any },
    ...(registered ? { registered } : {}),
  };
}

/** Medians of the runs of one scenario; for the longest tasks, the longest of the runs. */
export function combineFrameRuns(runs: FrameRun[]): FrameRun {
  return {
    perFrameMs: median(runs.map((r) => r.perFrameMs)),
    frames: median(runs.map((r) => r.frames)),
    steps: Object.fromEntries(Object.keys(runs[0]?.steps ?? {}).map((name) => [name, median(runs.map((r) => r.steps[name] ?? NaN))])),
    atLoad: { ours: longestOf(runs.map((r) => r.atLoad.ours)), page: longestOf(runs.map((r) => r.atLoad.page)) },
    whileClock: { ours: longestOf(runs.map((r) => r.whileClock.ours)), page: longestOf(runs.map((r) => r.whileClock.page)) },
  };
}
