import { beforeEach, describe, expect, it } from 'vitest';
import rawGlossary from '@/data/glossary.json';
import { createMarkPainter, MARK_CLASS } from '@/lib/content/mark-painter';
import { toMatchable } from '@/lib/glossary/matchable';
import { parseGlossary } from '@/lib/glossary/validate';
import { compileMatcher } from '@/lib/matcher/create-matcher';
import { scanRoot } from '@/lib/page/scan-document';

const matcher = compileMatcher(parseGlossary(rawGlossary).map(toMatchable));

const PAGE =
  '<p id="one">Borgeren fik <em>personlig</em> assistance og et fleksjob.</p>' +
  '<p id="two">Løntilskuddet og IPS-indsatsen følger senere.</p>';

const marked = () => [...document.querySelectorAll(`mark.${MARK_CLASS}`)].map((mark) => mark.textContent);
const textNodes = (root: Node) => {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let count = 0;
  while (walker.nextNode()) count += 1;
  return count;
};

// happy-dom has no CSS Custom Highlight API: the browsers without it get this painter.
describe('the <mark> fallback painter', () => {
  beforeEach(() => {
    document.body.innerHTML = PAGE;
  });

  it('wraps every term, a term across an inline element included, and counts them', () => {
    const painter = createMarkPainter(document);
    painter.add(scanRoot(document.body, matcher));
    expect(marked()).toEqual(['personlig', ' assistance', 'fleksjob', 'Løntilskuddet', 'IPS-indsatsen']);
    expect(painter.counts()).toEqual({ 'personlig-assistance': 1, fleksjob: 1, loentilskud: 1, ips: 1 });
    expect(document.body.textContent).toBe(new DOMParser().parseFromString(PAGE, 'text/html').body.textContent);
  });

  it('wraps the text between the two ends of a term that spans three elements', () => {
    document.body.innerHTML = '<p><em>personlig</em><span> </span><b>assistance</b></p>';
    const painter = createMarkPainter(document);
    painter.add(scanRoot(document.body, matcher));
    expect(marked()).toEqual(['personlig', ' ', 'assistance']);
    painter.clear();
    expect(document.body.innerHTML).toBe('<p><em>personlig</em><span> </span><b>assistance</b></p>');
  });

  it('undoes its marks cleanly: the same HTML and the same text nodes as before', () => {
    const before = document.body.innerHTML;
    const nodesBefore = textNodes(document.body);
    const painter = createMarkPainter(document);
    painter.add(scanRoot(document.body, matcher));
    expect(document.body.innerHTML).not.toBe(before);
    painter.clear();
    expect(document.body.innerHTML).toBe(before);
    expect(textNodes(document.body)).toBe(nodesBefore);
    expect(painter.counts()).toEqual({});
  });

  it('forgets only the terms inside a rescanned root', () => {
    const painter = createMarkPainter(document);
    painter.add(scanRoot(document.body, matcher));
    const two = document.getElementById('two') as HTMLElement;
    painter.removeWithin([two]);
    expect(two.querySelector('mark')).toBeNull();
    expect(two.innerHTML).toBe('Løntilskuddet og IPS-indsatsen følger senere.');
    expect(marked()).toEqual(['personlig', ' assistance', 'fleksjob']);
    expect(painter.counts()).toEqual({ 'personlig-assistance': 1, fleksjob: 1 });
  });
});
