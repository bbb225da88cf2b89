import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  id?: string;
  args?: Record<string, unknown>;
}

/**
 * Chromium's performance trace: the timeline (tasks) and the V8 sampling profiler, the data
 * DevTools' Performance panel records. BENCH_HIRES=1 samples every 100 µs instead of every ms;
 * BENCH_BLINK=1 adds Blink's own events, for finding what a long frame does.
 */
const TIMELINE = [
  'devtools.timeline',
  // Names the browser's own reading of a page's text (see `isBrowserTextCapture`).
  'renderer',
  ...(process.env.BENCH_BLINK ? ['blink', 'cc', 'benchmark', 'blink.user_timing'] : []),
  'disabled-by-default-devtools.timeline',
  // Names the frames (BeginMainThreadFrame), for the rendering work per frame.
  'disabled-by-default-devtools.timeline.frame',
];
const SAMPLING = ['disabled-by-default-v8.cpu_profiler', ...(process.env.BENCH_HIRES ? ['disabled-by-default-v8.cpu_profiler.hires'] : [])];

/**
 * Starts a trace; the function returned ends it and gives its events. Without `sampling` the
 * trace has no V8 sampling profile, which slows the traced page's frames down by about half.
 */
export async function startTrace(session: CDPSession, { sampling = true } = {}): Promise<() => Promise<TraceEvent[]>> {
  const categories = [...TIMELINE, ...(sampling ? SAMPLING : [])].join(',');
  const events: TraceEvent[] = [];
  const collect = ({ value }: { value: unknown[] }) => events.push(...(value as TraceEvent[]));
  session.on('Tracing.dataCollected', collect);
  await session.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
  return async () => {
    const complete = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
    await session.send('Tracing.end');
    await complete;
    // The session may trace again (a page traced at load, then while its clock runs).
    session.off('Tracing.dataCollected', collect);
    return events;
  };
}

export interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string; functionName?: string; lineNumber?: number };
}

/** One V8 sampling profile from the trace: its call tree, and each sample with its time (µs). */
export interface Profile {
  /** The profiled thread (the process and thread of the trace's `Profile` event). */
  pid: number;
  tid: number;
  nodes: Map<number, ProfileNode>;
  samples: { node: number; ts: number; dur: number }[];
}

export function readProfiles(events: readonly TraceEvent[]): Profile[] {
  const raw = new Map<string, { pid: number; tid: number; start: number; nodes: Map<number, ProfileNode>; ids: number[]; deltas: number[] }>();
  for (const event of events) {
    const data = event.args?.data as Record<string, unknown> | undefined;
    if (event.name === 'Profile' && event.id) {
      raw.set(event.id, { pid: event.pid, tid: event.tid, start: Number(data?.startTime ?? event.ts), nodes: new Map(), ids: [], deltas: [] });
    }
    if (event.name === 'ProfileChunk' && event.id) {
      const profile = raw.get(event.id);
      if (!profile) continue;
      const cpuProfile = data?.cpuProfile as { nodes?: ProfileNode[]; samples?: number[] } | undefined;
      for (const node of cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
      profile.ids.push(...(cpuProfile?.samples ?? []));
      profile.deltas.push(...((data?.timeDeltas as number[] | undefined) ?? []));
    }
  }
  return [...raw.values()].map(({ pid, tid, start, nodes, ids, deltas }) => {
    let ts = start;
    // A sample stands for the time until the next one.
    const samples = ids.map((node, index) => {
      ts += deltas[index] ?? 0;
      return { node, ts, dur: Math.max(0, deltas[index + 1] ?? 0) };
    });
    return { pid, tid, nodes, samples };
  });
}

/** A test, cached per node, for "this stack runs code from a URL starting with `prefix`". */
export function runsCodeFrom(profile: Profile, prefix: string): (node: number) => boolean {
  const known = new Map<number, boolean>();
  const test = (id: number): boolean => {
    const cached = known.get(id);
    if (cached !== undefined) return cached;
    const node = profile.nodes.get(id);
    const own = !!node && ((node.callFrame.url ?? '').startsWith(prefix) || (node.parent !== undefined && test(node.parent)));
    known.set(id, own);
    return own;
  };
  return test;
}

/** Time stamps (µs) and durations of the samples whose stack runs code from a URL with `prefix`. */
export function samplesIn(events: readonly TraceEvent[], prefix: string): { ts: number; dur: number }[] {
  return readProfiles(events)
    .flatMap((profile) => {
      const own = runsCodeFrom(profile, prefix);
      return profile.samples.filter((sample) => own(sample.node));
    })
    .sort((a, b) => a.ts - b.ts);
}

/**
 * Chromium reads the text of a page for itself a moment after it loads (for its translation offer
 * and its safe-browsing checks): `ChromeRenderFrameObserver::CapturePageText`, about 50 ms on the
 * 16× page, with or without any extension, at a moment of the browser's choosing. Such a task is
 * not the extension's work, nor the painting of its highlights.
 */
export function isBrowserTextCapture(events: readonly TraceEvent[], task: TraceEvent): boolean {
  const end = task.ts + (task.dur ?? 0);
  return events.some(
    (event) =>
      event.name === 'ChromeRenderFrameObserver::CapturePageText' &&
      event.pid === task.pid &&
      event.tid === task.tid &&
      event.ts >= task.ts &&
      event.ts <= end &&
      (event.dur ?? 0) > (task.dur ?? 0) / 2,
  );
}
