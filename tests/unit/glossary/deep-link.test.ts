import { describe, expect, it } from 'vitest';
import { sectionUrl } from '@/lib/glossary/deep-link';

const LAB = 'https://www.retsinformation.dk/eli/lta/2024/280';

describe('sectionUrl', () => {
  it.each([
    ['§ 116', '#P116'],
    ['§ 7 a', '#P7a'],
    ['§ 7a', '#P7a'],
    ['§ 120, stk. 2', '#P120'],
    ['§§ 17-20', '#P17'],
    ['§ 56, stk. 1, nr. 2', '#P56'],
    ['§ 13 f', '#P13f'],
    ['kapitel 19', '#K19'],
  ])('opens the act at %s', (section, fragment) => {
    expect(sectionUrl(LAB, section)).toBe(`${LAB}${fragment}`);
  });

  it.each([undefined, '', 'stk. 2', 'bilag 1'])('opens the act itself for %j', (section) => {
    expect(sectionUrl(LAB, section)).toBe(LAB);
  });

  it('never takes a word after the number for a letter', () => {
    expect(sectionUrl(LAB, '§ 5 og § 6')).toBe(`${LAB}#P5`);
  });
});
