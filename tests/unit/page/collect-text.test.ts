import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import rawGlossary from '@/data/glossary.json';
import { toMatchable } from '@/lib/glossary/matchable';
import { parseGlossary } from '@/lib/glossary/validate';
import { compileMatcher } from '@/lib/matcher/create-matcher';
import { collectAllText, RUN_BREAK } from '@/lib/page/collect-text';
import { scanRoot } from '@/lib/page/scan-document';

const matcher = compileMatcher(parseGlossary(rawGlossary).map(toMatchable));

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

const termsIn = (root: Node) => scanRoot(root, matcher).map((found) => [found.text, found.entryId]);

describe('collecting the text a reader sees', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('joins inline elements into one run and splits at blocks', () => {
    const collected = collectAllText(page('<p>Hun fik <em>personlig</em> <b>assistance</b>.</p><p>Fleksjob</p><div>ja<br>nej</div>'));
    expect(collected.text.split(RUN_BREAK)).toEqual(['Hun fik personlig assistance.', 'Fleksjob', 'ja', 'nej']);
    expect(collected.nodes.map((node, i) => collected.text.startsWith(node.data, collected.starts[i]))).not.toContain(false);
  });

  it('cuts the text into chunks only at run breaks', () => {
    const collected = collectAllText(page('<p>fleksjob <em>og</em> mere</p><p>løntilskud</p><p>IPS</p><p>x</p>'), { chunkChars: 5 });
    expect(collected.chunks.map((chunk) => chunk.text)).toEqual(['fleksjob og mere', 'løntilskud', `IPS${RUN_BREAK}x`]);
    for (const chunk of collected.chunks) expect(collected.text.slice(chunk.from, chunk.from + chunk.text.length)).toBe(chunk.text);
    expect(collectAllText(document.body, { chunkChars: 20 }).chunks.map((chunk) => chunk.text)).toEqual([
      `fleksjob og mere${RUN_BREAK}løntilskud`,
      `IPS${RUN_BREAK}x`,
    ]);
  });

  it('finds a term across inline elements, with DOM positions in the right nodes', () => {
    const [found] = scanRoot(page('<p>Hun fik <em>personlig</em> assistance i jobbet.</p>'), matcher);
    expect(found?.entryId).toBe('personlig-assistance');
    expect(found?.start.node.data).toBe('personlig');
    expect(found?.start.offset).toBe(0);
    expect(found?.end.node.data).toBe(' assistance i jobbet.');
    expect(found?.end.offset).toBe(' assistance'.length);
  });

  it('never joins words from two blocks into one term', () => {
    expect(termsIn(page('<li>personlig</li><li>assistance</li>'))).toEqual([]);
  });

  it('skips scripts, styles, form fields, code, editable areas, SVG, hidden subtrees and its own UI', () => {
    const root = page(`
      <script>var fleksjob = 1;</script><style>.fleksjob{}</style><noscript>fleksjob</noscript>
      <template><p>fleksjob</p></template><textarea>fleksjob</textarea><input value="fleksjob">
      <select><option>fleksjob</option></select><code>fleksjob</code>
      <div contenteditable="true"><p>fleksjob</p></div><div contenteditable="plaintext-only">fleksjob</div>
      <svg><text>fleksjob</text></svg><div hidden><p>fleksjob</p></div>
      <metodelup-hover-card>fleksjob</metodelup-hover-card>
      <pre>Løntilskud i en pre-blok</pre><div contenteditable="false">IPS</div>`);
    expect(termsIn(root)).toEqual([
      ['Løntilskud', 'loentilskud'],
      ['IPS', 'ips'],
    ]);
  });

  it('reads nothing when a rescanned root lies inside an editable area, a hidden subtree or code', () => {
    page(`
      <div contenteditable="true"><p id="typed">fleksjob</p></div>
      <div hidden><p id="hidden">fleksjob</p></div>
      <code><span id="code">fleksjob</span></code>
      <div contenteditable="false"><p id="readable">fleksjob</p></div>`);
    const at = (id: string) => document.getElementById(id) as HTMLElement;
    expect(termsIn(at('typed'))).toEqual([]);
    expect(termsIn(at('hidden'))).toEqual([]);
    expect(termsIn(at('code'))).toEqual([]);
    expect(termsIn(at('readable'))).toEqual([['fleksjob', 'fleksjob']]);
  });

  it('asks the browser about hidden elements when it can', () => {
    const root = page('<p class="gone">fleksjob</p><p>løntilskud</p>');
    const found = scanRoot(root, matcher, { isHidden: (element) => element.classList.contains('gone') });
    expect(found.map((f) => f.entryId)).toEqual(['loentilskud']);
  });

  it('reports open shadow roots instead of reading into them', () => {
    const host = page('<div id="host"></div><p>IPS</p>').querySelector('#host') as HTMLElement;
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>fleksjob</p>';
    const shadowRoots: ShadowRoot[] = [];
    const found = scanRoot(document.body, matcher, { onShadowRoot: (root) => shadowRoots.push(root) });
    expect(found.map((f) => f.entryId)).toEqual(['ips']);
    expect(shadowRoots).toHaveLength(1);
    expect(termsIn(shadowRoots[0] as ShadowRoot)).toEqual([['fleksjob', 'fleksjob']]);
  });

  it('puts every term at DOM positions that hold its very words, however the text is split into nodes', () => {
    const words = ['fleksjobbet', 'personlig assistance', 'IPS', 'og', 'løntilskud', 'i', 'jobcentret', 'samt'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 30 }), fc.array(fc.nat(200), { maxLength: 12 }), (picked, cuts) => {
        // One paragraph of the picked words, cut into inline elements at arbitrary places.
        const text = picked.join(' ');
        const places = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
        let html = '';
        let previous = 0;
        for (const place of [...places, text.length]) {
          html += `<span>${text.slice(previous, place)}</span>`;
          previous = place;
        }
        const found = scanRoot(page(`<p>${html}</p>`), matcher);
        for (const term of found) {
          const range = document.createRange();
          range.setStart(term.start.node, term.start.offset);
          range.setEnd(term.end.node, term.end.offset);
          expect(range.toString().replace(/\s+/g, ' ')).toBe(term.text);
        }
        expect(found.length).toBe(picked.filter((word) => word !== 'og' && word !== 'i' && word !== 'samt').length);
      }),
      { numRuns: 60 },
    );
  });

  it('applies a definition anywhere on the page to the whole page', () => {
    const root = page('<p>CTI bruges her.</p><p>Ordliste: Cyber Threat Intelligence (CTI).</p>');
    expect(termsIn(root)).toEqual([]);
  });
});

describe('reading part of a page first', () => {
  it('starts at an element and stops once enough text is read, asking each element met about its attributes', () => {
    document.body.innerHTML = '<p>før fleksjob</p><h2 id="P7a">§ 7 a</h2><p>Løntilskud <span hidden>skjult IPS</span>og</p><p>mentorstøtte</p><p>til sidst</p>';
    const from = document.getElementById('P7a') as Element;
    const collected = collectAllText(document.body, { from, stopAfter: { chars: 20 } });
    expect(collected.text.split(RUN_BREAK)).toEqual(['§ 7 a', 'Løntilskud og', 'mentorstøtte']);
    const whole = collectAllText(document.body, { from });
    expect(whole.text.split(RUN_BREAK)).toEqual(['§ 7 a', 'Løntilskud og', 'mentorstøtte', 'til sidst']);
  });
});
