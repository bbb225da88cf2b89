import { readProfiles, runsCodeFrom, type TraceEvent } from './trace';

/** Self time by function among samples whose stack runs code from `prefix` (for finding slow spots). */
export function hotspots(events: readonly TraceEvent[], prefix: string, top = 30): [string, number][] {
  const self = new Map<string, number>();
  for (const profile of readProfiles(events)) {
    const own = runsCodeFrom(profile, prefix);
    for (const sample of profile.samples) {
      if (!own(sample.node)) continue;
      const frame = profile.nodes.get(sample.node)?.callFrame;
      const key = `${frame?.functionName || '(anonymous)'}:${frame?.lineNumber ?? ''} ${(frame?.url ?? '').slice(-20)}`;
      self.set(key, (self.get(key) ?? 0) + sample.dur / 1000);
    }
  }
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, top);
}

/** The events inside the longest task of the window, longest first (for finding what makes it long). */
export function insideLongestTask(events: readonly TraceEvent[], from: number, to: number, top = 25): string[] {
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.dur && e.ts + e.dur >= from && e.ts <= to);
  const longest = tasks.sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))[0];
  if (!longest?.dur) return [];
  const end = longest.ts + longest.dur;
  return [`task ${(longest.dur / 1000).toFixed(1)} ms`, ...events
    .filter((e) => e.pid === longest.pid && e.tid === longest.tid && e.ph === 'X' && e !== longest && e.ts >= longest.ts && e.ts <= end)
    .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
    .slice(0, top)
    .map((e) => `${e.name} ${((e.dur ?? 0) / 1000).toFixed(1)} ms ${JSON.stringify(e.args?.data ?? {}).slice(0, 120)}`)];
}

/** Trace events that name a URL with `prefix`, summed by event name (to see what the timeline attributes). */
export function eventsByUrl(events: readonly TraceEvent[], prefix: string): Record<string, { count: number; ms: number }> {
  const sums: Record<string, { count: number; ms: number }> = {};
  for (const event of events) {
    const data = event.args?.data as { url?: string; stackTrace?: { url?: string }[] } | undefined;
    const url = data?.url ?? data?.stackTrace?.[0]?.url ?? '';
    if (!url.startsWith(prefix) || event.ph !== 'X') continue;
    const sum = (sums[event.name] ??= { count: 0, ms: 0 });
    sum.count += 1;
    sum.ms += (event.dur ?? 0) / 1000;
  }
  return sums;
}

/** Inclusive time (ms) of the named functions, over all samples. */
export function inclusive(events: readonly TraceEvent[], names: readonly string[]): Record<string, number> {
  const totals: Record<string, number> = Object.fromEntries(names.map((name) => [name, 0]));
  for (const profile of readProfiles(events)) {
    for (const sample of profile.samples) {
      const seen = new Set<string>();
      for (let node = profile.nodes.get(sample.node); node; node = node.parent === undefined ? undefined : profile.nodes.get(node.parent)) {
        const name = node.callFrame.functionName ?? '';
        if (name in totals && !seen.has(name)) {
          seen.add(name);
          totals[name] = (totals[name] ?? 0) + sample.dur / 1000;
        }
      }
    }
  }
  return totals;
}
