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
 * Chromium's performance trace: the timeline (tasks) and the V8 sampling profiler at high
 * resolution (every 100 µs), the same data DevTools' Performance panel records.
 */
const CATEGORIES = [
  'devtools.timeline',
  ...(process.env.BENCH_BLINK ? ['blink', 'cc', 'benchmark', 'blink.user_timing'] : []),
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-v8.cpu_profiler',
  ...(process.env.BENCH_HIRES ? ['disabled-by-default-v8.cpu_profiler.hires'] : []),
].join(',');

export async function startTrace(session: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await session.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  return async () => {
    const complete = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
    await session.send('Tracing.end');
    await complete;
    return events;
  };
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string; functionName?: string };
}

/** Time stamps (µs) and durations of the samples whose stack runs code from a URL with `prefix`. */
export function samplesIn(events: readonly TraceEvent[], prefix: string): { ts: number; dur: number }[] {
  const found: { ts: number; dur: number }[] = [];
  const profiles = new Map<string, { start: number; nodes: Map<number, ProfileNode>; samples: number[]; deltas: number[] }>();
  for (const event of events) {
    const data = event.args?.data as Record<string, unknown> | undefined;
    if (event.name === 'Profile' && event.id) {
      profiles.set(event.id, { start: Number(data?.startTime ?? event.ts), nodes: new Map(), samples: [], deltas: [] });
    }
    if (event.name === 'ProfileChunk' && event.id) {
      const profile = profiles.get(event.id);
      if (!profile) continue;
      const cpuProfile = data?.cpuProfile as { nodes?: ProfileNode[]; samples?: number[] } | undefined;
      for (const node of cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
      profile.samples.push(...(cpuProfile?.samples ?? []));
      profile.deltas.push(...((data?.timeDeltas as number[] | undefined) ?? []));
    }
  }
  for (const profile of profiles.values()) {
    const runsOwnCode = new Map<number, boolean>();
    const isOwn = (id: number): boolean => {
      const known = runsOwnCode.get(id);
      if (known !== undefined) return known;
      const node = profile.nodes.get(id);
      const own = !!node && ((node.callFrame.url ?? '').startsWith(prefix) || (node.parent !== undefined && isOwn(node.parent)));
      runsOwnCode.set(id, own);
      return own;
    };
    let ts = profile.start;
    for (let index = 0; index < profile.samples.length; index += 1) {
      ts += profile.deltas[index] ?? 0;
      const next = profile.deltas[index + 1] ?? 0;
      if (isOwn(profile.samples[index] ?? -1)) found.push({ ts, dur: Math.max(0, next) });
    }
  }
  return found.sort((a, b) => a.ts - b.ts);
}

/** The longest task on a renderer main thread that overlaps [from, to] (µs), in ms. */
export function longestTask(events: readonly TraceEvent[], from: number, to: number): number {
  const mainThreads = new Set(
    events
      .filter((event) => event.name === 'thread_name' && (event.args?.name as string | undefined) === 'CrRendererMain')
      .map((event) => `${event.pid}:${event.tid}`),
  );
  let longest = 0;
  for (const event of events) {
    if (event.name !== 'RunTask' || event.ph !== 'X' || !event.dur) continue;
    if (!mainThreads.has(`${event.pid}:${event.tid}`)) continue;
    if (event.ts + event.dur < from || event.ts > to) continue;
    longest = Math.max(longest, event.dur / 1000);
  }
  return longest;
}
