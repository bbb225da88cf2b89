import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_WAIT_MS, SETTLE_MS, watchPageChanges } from '@/lib/content/watch-page-changes';

describe('watchPageChanges', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '<p id="clock">12:00:00</p><div id="chat"></div>';
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const watch = (quiet?: (mutation: MutationRecord) => boolean) => {
    const batches: Node[][] = [];
    const watcher = watchPageChanges({
      onChanges: ({ roots }) => batches.push(roots === 'all' ? [document.body] : roots),
      ignore: () => false,
      quiet,
      setTimer: (callback, ms) => setTimeout(callback, ms) as unknown as number,
      clearTimer: (id) => {
        clearTimeout(id);
      },
      now: () => Date.now(),
    });
    watcher.observe(document.body);
    return { batches, watcher };
  };

  /** One animation frame of a page whose clock changes every frame. */
  const frame = async () => {
    const clock = document.getElementById('clock')?.firstChild as Text;
    clock.data = String(Date.now());
    await Promise.resolve();
    await vi.advanceTimersByTimeAsync(16);
  };

  it('waits for the page to settle', async () => {
    const { batches } = watch();
    document.getElementById('chat')?.append(Object.assign(document.createElement('p'), { textContent: 'fleksjob' }));
    await Promise.resolve();
    await vi.advanceTimersByTimeAsync(SETTLE_MS - 20);
    expect(batches).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(40);
    expect(batches).toHaveLength(1);
  });

  /** Adds a message beside the ticking clock: how long until a batch holds it (Infinity: never, in 60 frames). */
  const messageWhileTicking = async (batches: Node[][]): Promise<number> => {
    const added = Date.now();
    const message = Object.assign(document.createElement('p'), { textContent: 'Du får mentorstøtte.' });
    document.getElementById('chat')?.append(message);
    for (let i = 0; i < 60; i += 1) {
      await frame();
      if (batches.some((roots) => roots.includes(message))) return Date.now() - added;
    }
    return Infinity;
  };

  it('never lets a clock that changes every frame put off the rescan of content added beside it', async () => {
    const { batches, watcher } = watch();
    for (let i = 0; i < 30; i += 1) await frame();
    const waited = await messageWhileTicking(batches);
    expect(waited).toBeLessThanOrEqual(MAX_WAIT_MS + 16);
    watcher.disconnect();
  });

  it('rescans nothing for a change that cannot change what is marked, and lets it restart no wait', async () => {
    const clockText = document.getElementById('clock')?.firstChild;
    const { batches, watcher } = watch((mutation) => mutation.target === clockText);
    for (let i = 0; i < 30; i += 1) await frame();
    expect(batches).toHaveLength(0);
    const waited = await messageWhileTicking(batches);
    // Settled as on a still page: the clock's changes do not count as the page changing.
    expect(waited).toBeLessThanOrEqual(SETTLE_MS + 16);
    expect(batches).toHaveLength(1);
    watcher.disconnect();
  });

  it('reads a <details> again when it is opened', async () => {
    document.body.innerHTML = '<details id="more"><summary>Mere</summary><p>fleksjob</p></details>';
    const { batches, watcher } = watch();
    (document.getElementById('more') as HTMLDetailsElement).open = true;
    await Promise.resolve();
    await vi.advanceTimersByTimeAsync(SETTLE_MS + 10);
    expect(batches).toEqual([[document.getElementById('more')]]);
    watcher.disconnect();
  });
});
