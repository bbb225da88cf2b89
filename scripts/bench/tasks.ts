import { readProfiles, runsCodeFrom, type TraceEvent } from './trace';

/** A thread of the trace, as "pid:tid". */
export type Thread = string;
const threadOf = (event: TraceEvent): Thread => `${event.pid}:${event.tid}`;

/**
 * The page's renderer main thread: of the threads named CrRendererMain, the one with the most
 * task time in the trace (the page loading or its clock running; an extension's service worker has
 * threads of another name, and a page left behind by a navigation does little).
 */
export function pageMainThread(events: readonly TraceEvent[]): Thread | undefined {
  const mains = new Set(
    events.filter((e) => e.name === 'thread_name' && (e.args?.name as string | undefined) === 'CrRendererMain').map(threadOf),
  );
  const busy = new Map<Thread, number>();
  for (const event of events) {
    if (event.name !== 'RunTask' || event.ph !== 'X' || !mains.has(threadOf(event))) continue;
    busy.set(threadOf(event), (busy.get(threadOf(event)) ?? 0) + (event.dur ?? 0));
  }
  return [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** Time stamps (µs) and durations of the samples on `thread` whose stack runs code from a URL with `prefix`. */
export function samplesOnThread(events: readonly TraceEvent[], thread: Thread, prefix: string): { ts: number; dur: number }[] {
  return readProfiles(events)
    .filter((profile) => `${profile.pid}:${profile.tid}` === thread)
    .flatMap((profile) => {
      const own = runsCodeFrom(profile, prefix);
      return profile.samples.filter((sample) => own(sample.node));
    })
    .sort((a, b) => a.ts - b.ts);
}

/** Time (µs) covered by some events, where they overlap counted once. */
function covered(events: readonly TraceEvent[]): number {
  let sum = 0;
  let reached = -Infinity;
  for (const event of [...events].sort((a, b) => a.ts - b.ts)) {
    const end = event.ts + (event.dur ?? 0);
    if (end <= reached) continue;
    sum += end - Math.max(event.ts, reached);
    reached = end;
  }
  return sum;
}

const CALLS = new Set(['FunctionCall', 'EvaluateScript', 'v8.compile']);

/** V8's and Blink's garbage collections, as the timeline names them. */
const GC = /^(MajorGC|MinorGC|V8\.GC|V8\.Scavenge|BlinkGC|CppGC|GCEvent)/;

export interface Task {
  ms: number;
  /**
   * The extension's time inside the task: its sampled script time, or when longer the time inside
   * calls into its code and its evaluation (FunctionCall, EvaluateScript, v8.compile of its URL).
   */
  oursMs: number;
  /** The task is mostly a garbage collection (more than half of it). */
  gc: boolean;
}

const NO_TASK: Task = { ms: 0, oursMs: 0, gc: false };

/**
 * The tasks (RunTask) of `thread`, longest first, each with the extension's sampled time inside it
 * and whether a garbage collection takes more than half of it (worked out as the caller reads on).
 */
function* tasksOf(events: readonly TraceEvent[], thread: Thread, prefix: string | undefined): Generator<Task> {
  const onThread = events.filter((e) => e.ph === 'X' && threadOf(e) === thread);
  const tasks = onThread.filter((e) => e.name === 'RunTask' && e.dur).sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0));
  const gcs = onThread.filter((e) => GC.test(e.name));
  const samples = prefix ? samplesOnThread(events, thread, prefix) : [];
  // The timeline names the script of each call from a task into JavaScript and of each script evaluated.
  const calls = prefix
    ? onThread.filter((e) => CALLS.has(e.name) && String((e.args?.data as { url?: string } | undefined)?.url ?? '').startsWith(prefix))
    : [];
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    const inside = (e: { ts: number }) => e.ts >= task.ts && e.ts <= end;
    const sampledUs = samples.filter(inside).reduce((sum, s) => sum + s.dur, 0);
    const calledUs = covered(calls.filter(inside));
    const oursUs = Math.max(sampledUs, calledUs);
    const gcUs = Math.max(0, ...gcs.filter((e) => e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end).map((e) => e.dur ?? 0));
    yield { ms: (task.dur ?? 0) / 1000, oursMs: oursUs / 1000, gc: gcUs > (task.dur ?? 0) / 2 };
  }
}

/**
 * The least of the extension's time that makes a task its own: about one profiler sample. The
 * extension's callbacks of a few µs (a frame callback, a mutation observer) run inside the page's
 * own frames and layouts; at any time at all, the page's longest task would be the extension's.
 */
export const OURS_MIN_MS = 0.5;

/** A task this long is a long task (the RAIL model's 50 ms). */
const LONG_MS = 50;

/**
 * Whether a task is the extension's: its code runs in it for OURS_MIN_MS or more, and either the
 * extension's time is half the task or more, or the task would be short without it (the extension
 * made it long, or it is short anyway). A content script that starts before the page is parsed
 * runs inside the page's own parsing and first frames: a 900 ms parse with 1 ms of the script's
 * evaluation in it is the page's long task, not the extension's.
 */
export const isOurs = (task: Task) => task.oursMs >= OURS_MIN_MS && (2 * task.oursMs >= task.ms || task.ms - task.oursMs < LONG_MS);

export interface Longest {
  /** The longest task attributable to the extension: one that runs its code, or a garbage collection. */
  ours: Task;
  /** The longest task not attributable to it (the page's own, in the same run). */
  page: Task;
  /** The longest task of all. */
  any: Task;
}

/**
 * The longest tasks of the page's renderer main thread in a trace. A task is the extension's when
 * `isOurs` says so, the extension's time (code with a URL starting with `prefix`) read from the
 * sampling profiler or from the timeline's calls into it and its evaluation (the only way in a
 * trace without a profile), or when it is
 * mostly a garbage collection (which the extension's allocations may have caused; the page alone's
 * figure shows how often the page collects by itself). Without `prefix`, nothing is the extension's.
 */
export function longestTasks(events: readonly TraceEvent[], prefix?: string): Longest {
  const thread = pageMainThread(events);
  if (!thread) return { ours: NO_TASK, page: NO_TASK, any: NO_TASK };
  const found: Partial<Longest> = {};
  for (const task of tasksOf(events, thread, prefix)) {
    found.any ??= task;
    if (prefix && (isOurs(task) || task.gc)) found.ours ??= task;
    else found.page ??= task;
    if ((found.ours || !prefix) && found.page) break;
  }
  return { ours: found.ours ?? NO_TASK, page: found.page ?? NO_TASK, any: found.any ?? NO_TASK };
}

/** Blink's rendering steps on the main thread: style, layout, pre-paint, paint, layerization, commit. */
const RENDERING = new Set(['UpdateLayoutTree', 'RecalculateStyles', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'UpdateLayerTree', 'UpdateLayer', 'Commit']);

/**
 * Main-thread rendering work per frame on the page's renderer main thread: the time covered by
 * the rendering steps (the union of their intervals, so that a Paint inside a Paint or the
 * UpdateLayer inside a Commit counts once), divided by the main-thread frames begun
 * (BeginMainThreadFrame); and each step's own share per frame (nested ones within their parent too).
 */
export function renderingPerFrame(events: readonly TraceEvent[]): { perFrameMs: number; frames: number; steps: Record<string, number> } {
  const thread = pageMainThread(events);
  const onThread = events.filter((e) => threadOf(e) === thread && (e.ph === 'X' || e.name === 'BeginMainThreadFrame'));
  const frames = onThread.filter((e) => e.name === 'BeginMainThreadFrame').length;
  const perFrame = (us: number) => (frames > 0 ? us / 1000 / frames : NaN);
  const steps: Record<string, number> = {};
  for (const name of RENDERING) steps[name] = perFrame(covered(onThread.filter((e) => e.name === name)));
  return { perFrameMs: perFrame(covered(onThread.filter((e) => RENDERING.has(e.name)))), frames, steps };
}
