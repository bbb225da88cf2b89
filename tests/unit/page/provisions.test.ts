import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Provision } from '@/lib/acts';
import { indexProvisions } from '@/lib/page/provisions';

const page = (file: string) => new DOMParser().parseFromString(readFileSync(`tests/fixtures/laws/${file}`, 'utf8'), 'text/html');

/** The first text node whose text holds `words`. */
function textWith(document: Document, words: string): Text {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node as Text).data.replace(/\s+/gu, ' ').includes(words)) return node as Text;
  }
  throw new Error(`no text "${words}"`);
}

describe('the provisions on a genuine retsinformation.dk page', () => {
  const document = page('barselsloven_lbk2023-1180_retsinformation.html');
  const index = indexProvisions(document);
  const find = (words: string, provision: Provision) => index.find(textWith(document, words), provision);

  it('finds a § from its start, with its anchor', () => {
    const found = find('kan overdrage op til 8 uger af sin ret til fravær efter § 7,', { section: '7' });
    expect(found?.label).toBe('§ 7');
    expect(found?.text).toMatch(/^§ 7\. En mor har ret og pligt til fravær i de første 2 uger efter en fødsel\./u);
    expect(found?.text).toContain('Stk. 3. En far eller medmor');
    expect(found?.anchor).toBe('P7');
  });

  it('finds a stk. and an item', () => {
    expect(find('kan overdrage op til 8 uger af sin ret til fravær efter § 7,', { section: '7', stk: 1 })?.text).toBe(
      '§ 7. En mor har ret og pligt til fravær i de første 2 uger efter en fødsel. Herefter har hun ret til fravær i yderligere 8 uger.',
    );
    expect(find('kan overdrage op til 8 uger af sin ret til fravær efter § 7,', { section: '7a', stk: 2 })?.text).toMatch(/^Stk\. 2\. En beskæftiget mor, der påbegynder orlov/u);
    expect(find('Formålet med denne lov er', { section: '1', nr: '2' })?.text).toMatch(/^2\) at sikre forældre med tilknytning til arbejdsmarkedet/u);
  });

  it('reads a bare stk. as the stk. of the § it stands in', () => {
    const found = find('Faren eller medmoren indtræder i morens ret til fravær efter stk. 1', { stk: 1 });
    expect(found?.label).toBe('§ 7, stk. 1');
    expect(found?.text).toMatch(/^§ 7\. En mor har ret og pligt/u);
  });

  it('finds a chapter with its title and its §§', () => {
    const found = find('Faren eller medmoren indtræder', { chapter: '1' });
    expect(found?.text).toBe('Kapitel 1 – Formål (§§ 1-1)');
  });

  it('finds nothing for a § inside the amending acts\' notes, nor one the act does not have', () => {
    expect(find('§ 11 finder alene anvendelse på afgørelser om lønindeholdelse', { section: '11' })).toBeUndefined();
    expect(find('Faren eller medmoren indtræder', { section: '999' })).toBeUndefined();
    expect(find('Faren eller medmoren indtræder', { section: '7', stk: 9 })).toBeUndefined();
  });
});

describe('the provisions on a plain page', () => {
  it('reads "§ N." and "Stk. N." blocks, and the items inside a paragraph', () => {
    const document = page('serviceloven_lbk2025-1129.html');
    const index = indexProvisions(document);
    const found = index.find(textWith(document, 'Formålet med denne lov er til personer'), { section: '1', nr: '2' });
    expect(found?.text).toMatch(/^2\) at tilbyde en række almene serviceydelser/u);
    expect(found?.anchor).toBe('P1');
    expect(index.find(textWith(document, 'Formålet med denne lov er til personer'), { section: '1', stk: 2 })?.text).toMatch(/^Stk\. 2\. Formålet med hjælpen/u);
  });

  it('tells the acts of a page holding several apart', () => {
    const document = page('combined_4laws_benchmark.html');
    const index = indexProvisions(document);
    const first = index.find(textWith(document, 'Formålet med denne lov er at bidrage til et velfungerende arbejdsmarked'), { section: '1' });
    const later = index.find(textWith(document, 'Loven har til formål at styrke og stimulere'), { section: '1' });
    expect(first?.text).toMatch(/velfungerende arbejdsmarked/u);
    expect(later?.text).toMatch(/^§ 1\. Loven har til formål at styrke/u);
  });
});
