/**
 * Work over every entry that a search needs before its first answer (the names' words, their
 * pieces): done at once on first use, or beforehand in slices of a few hundred entries, one task
 * each, so that 5,000 own entries never hold the panel.
 */
export interface Prepared<S> {
  /** The finished state, doing what is left of the work now. */
  get(): S;
  /** The work as steps of `size` entries each (the last one finishes it). */
  steps(size?: number): (() => void)[];
}

export function prepareOver<T, S>(items: readonly T[], start: () => S, add: (state: S, item: T) => void, finish?: (state: S) => void): Prepared<S> {
  let state: S | undefined;
  let done = 0;
  let finished = false;
  const run = (until: number): S => {
    state ??= start();
    for (; done < until; done++) add(state, items[done]!);
    if (done === items.length && !finished) {
      finish?.(state);
      finished = true;
    }
    return state;
  };
  return {
    get: () => run(items.length),
    steps: (size = 500) => Array.from({ length: Math.ceil(items.length / size) || 1 }, (_, step) => () => void run(Math.min(items.length, (step + 1) * size))),
  };
}
