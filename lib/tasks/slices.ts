/** Hands the thread back between two slices of work: the caller's way to wait for the next task. */
export type Pause = () => Promise<void>;

/** The next task, after whatever the browser has queued (messages, input, paint). */
export const nextTask: Pause = () =>
  new Promise<void>((resume) => {
    setTimeout(resume, 0);
  });

/** Longest stretch of work between two pauses: far under the 50 ms that makes a long task. */
export const SLICE_MS = 8;

/**
 * Calls `each` for every item and pauses whenever a slice's time is used up, however long or short
 * each item takes: a count of rows a slice (the old way) made 53–78 ms slices on a busy machine.
 */
export async function forEachInSlices<T>(
  items: readonly T[],
  each: (item: T, index: number) => void,
  pause: Pause,
  sliceMs = SLICE_MS,
): Promise<void> {
  let deadline = performance.now() + sliceMs;
  for (let index = 0; index < items.length; index += 1) {
    each(items[index] as T, index);
    if (performance.now() >= deadline) {
      await pause();
      deadline = performance.now() + sliceMs;
    }
  }
}
