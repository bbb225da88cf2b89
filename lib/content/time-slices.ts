/** Longest stretch of work between two yields: well under the 50 ms that makes a long task. */
export const SLICE_MS = 8;

interface SchedulerWithYield {
  yield(): Promise<void>;
}

/**
 * Gives the main thread back to the page: `scheduler.yield()` where it exists (it resumes ahead of
 * other queued tasks), else a zero-delay timer through `setTimer`, so that WXT's context owns it.
 */
export function yieldToPage(setTimer: (callback: () => void, ms: number) => unknown): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<SchedulerWithYield> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    setTimer(resolve, 0);
  });
}

/**
 * Runs `step` until it returns false, yielding whenever a slice is used up. Stops early, quietly,
 * when `stopped()` turns true (the extension was updated or disabled).
 */
export async function runInSlices(
  step: () => boolean,
  options: { stopped: () => boolean; setTimer: (callback: () => void, ms: number) => unknown; now?: () => number },
): Promise<boolean> {
  const now = options.now ?? (() => performance.now());
  if (options.stopped()) return false;
  let deadline = now() + SLICE_MS;
  for (;;) {
    if (!step()) return true;
    if (now() >= deadline) {
      await yieldToPage(options.setTimer);
      if (options.stopped()) return false;
      deadline = now() + SLICE_MS;
    }
  }
}
