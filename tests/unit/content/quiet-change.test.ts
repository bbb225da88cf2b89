import { describe, expect, it } from 'vitest';
import rawGlossary from '@/data/glossary.json';
import { quietChange } from '@/lib/content/quiet-change';
import { toMatchable } from '@/lib/glossary/matchable';
import { parseGlossary } from '@/lib/glossary/validate';
import { compileMatcher } from '@/lib/matcher/create-matcher';

const matcher = compileMatcher(parseGlossary(rawGlossary).map(toMatchable));

/** The records a change makes, taken synchronously from an observer of the body. */
function recordsOf(change: () => void): MutationRecord[] {
  const observer = new MutationObserver(() => undefined);
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  change();
  const records = observer.takeRecords();
  observer.disconnect();
  return records;
}

describe('changes that cannot change what is marked', () => {
  const setUp = () => {
    document.body.innerHTML = '<p>Du logges ud om <span id="clock">30:00</span></p><p id="case">Borgeren er i fleksjob.</p>';
    const clock = document.getElementById('clock')?.firstChild as Text;
    const term = document.getElementById('case')?.firstChild as Text;
    // The painter knows the node with the marked term.
    const quiet = quietChange({ holdsTermIn: (node) => node === term }, matcher);
    return { clock, term, quiet };
  };

  it('a clock: text without a term replaced by text without one', () => {
    const { clock, quiet } = setUp();
    expect(recordsOf(() => (clock.data = '29:59')).every(quiet)).toBe(true);
    // Replaced node and all, as some frameworks do.
    expect(recordsOf(() => (document.getElementById('clock')!.textContent = '29:58')).every(quiet)).toBe(true);
  });

  it('not text that now holds a term, nor a node that held one, nor an element added', () => {
    const { clock, term, quiet } = setUp();
    expect(recordsOf(() => (clock.data = 'Ring om løntilskud')).every(quiet)).toBe(false);
    expect(recordsOf(() => (term.data = 'Borgeren er i job.')).every(quiet)).toBe(false);
    expect(recordsOf(() => document.body.append(document.createElement('p'))).every(quiet)).toBe(false);
  });
});

describe('the sieve test for changed text', () => {
  it('says no for a clock or a counter, and yes wherever a name may begin, whatever the case', () => {
    for (const text of ['30:00', '12.345', 'Du logges ud om', '']) expect(matcher.mayMatch(text), text).toBe(false);
    for (const text of ['FLEKSJOB', 'mentorstøtte i dag', 'Ring om løntilskud', 'ips']) expect(matcher.mayMatch(text), text).toBe(true);
  });
});
