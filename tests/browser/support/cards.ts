import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { centreOfWord } from './word-point';

/** The hover card on a page (a tooltip in the card's shadow root). */
export const tooltip = (page: Page) => page.getByRole('tooltip');

/**
 * Rests the pointer on `word` in the element `id` (anywhere on the page, scrolled into view, for
 * null) after any card shown before has closed, and returns the text of the card that opens.
 */
export async function cardFor(page: Page, id: string | null, word: string): Promise<string> {
  const point = await page.evaluate(centreOfWord, [id, word] as const);
  if (!point) throw new Error(`"${word}" is not in #${id ?? 'the page'}`);
  await page.mouse.move(1, 1);
  await expect.poll(() => tooltip(page).count(), { timeout: 3000 }).toBe(0);
  await page.mouse.move(point.x, point.y);
  await expect.poll(() => tooltip(page).count(), { timeout: 8000 }).toBe(1);
  return (await tooltip(page).textContent()) ?? '';
}
