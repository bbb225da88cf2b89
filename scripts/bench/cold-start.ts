// The browser's first second (issue 22): the first page after the browser starts again on a profile
// the extension has run in, against the same page opened later in the same browser.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { launchExtension, startChromium } from '../../tests/browser/support/launch-extension';
import { markTimes, watchMarks, type MarkTimes } from '../../tests/browser/support/mark-times';
import { median } from './extension-run';
import type { Target } from './figures';

export interface ColdStart {
  /** First paint → first mark of the first page after each start, ms (0 when marked before it paints). */
  first: number[];
  /** The same for the page opened again 3 s later in the same browser. */
  later: number[];
}

const afterPaint = (times: MarkTimes) => (times.markedAt === undefined ? Infinity : Math.max(0, times.markedAt - (times.firstPaint ?? 0)));

async function openAndTime(context: BrowserContext, url: string): Promise<number> {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.addInitScript(watchMarks);
  await page.goto(url, { waitUntil: 'commit' });
  const started = Date.now();
  while ((await markTimes(page)).markedAt === undefined && Date.now() - started < 20_000) await page.waitForTimeout(50);
  const ms = afterPaint(await markTimes(page));
  await page.close();
  return ms;
}

/** Starts the browser `runs` times on one profile and times the first page after each start. */
export async function runColdStarts(url: string, runs: number): Promise<ColdStart> {
  const profile = mkdtempSync(join(tmpdir(), 'metodelup-bench-cold-'));
  const result: ColdStart = { first: [], later: [] };
  try {
    // The extension's first run on the profile: it reads the policy store and keeps the answer.
    const first = await launchExtension({ profile });
    await openAndTime(first.context, url);
    await first.close();
    for (let run = 0; run < runs; run += 1) {
      const browser = await startChromium({ profile });
      try {
        result.first.push(await openAndTime(browser.context, url));
        await new Promise((resolve) => setTimeout(resolve, 3000));
        result.later.push(await openAndTime(browser.context, url));
      } finally {
        await browser.close();
      }
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return result;
}

/** Prints the figure and its target: the first page after a start marked as soon as a later one. */
export function printColdStart(name: string, cold: ColdStart, runs: number): Target[] {
  const first = median(cold.first);
  const later = median(cold.later);
  console.log(
    `\nFirst page after the browser starts (${name}, median of ${runs} starts): its first screen marked ${first.toFixed(1)} ms after its first paint; the same page 3 s later ${later.toFixed(1)} ms (before issue 22: 1.8–2.9 s, or never when left sooner).`,
  );
  return [[`first page after a start marked within 250 ms of a later page (${first.toFixed(0)} vs ${later.toFixed(0)} ms)`, first <= later + 250]];
}
