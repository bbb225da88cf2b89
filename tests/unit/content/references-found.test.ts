import { describe, expect, it } from 'vitest';
import compiled from 'virtual:metodelup-glossary/matcher';
import register from 'virtual:metodelup-acts';
import { consolidationStatus, REFERENCE_ID } from '@/lib/acts';
import { countTerms } from '@/lib/content/count-terms';
import { termFilter } from '@/lib/content/term-filter';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import { createMatcher } from '@/lib/matcher/create-matcher';
import { collectAllText } from '@/lib/page/collect-text';
import { findTerms, type FindOptions } from '@/lib/page/find-terms';

const matcher = createMatcher(compiled);

/** What the content script finds in a body: entry ids and, for references, the § named and the act. */
function found(html: string, options: FindOptions | (() => FindOptions)) {
  document.body.innerHTML = html;
  const collected = collectAllText(document.body);
  const asked = typeof options === 'function' ? options() : options;
  return collected.chunks.flatMap((chunk) =>
    findTerms(collected, matcher, chunk, asked).map((term) => ({
      text: collected.slice(term.from, term.to),
      entryId: term.entryId,
      ...(term.reference ? { section: term.reference.provision.section, act: term.reference.act } : {}),
    })),
  );
}

const page =
  '<p>§ 7. En mor har ret til fravær efter stk. 2 og § 13 i lov om sygedagpenge.</p><p>Stk. 2. Efter § 7 a. Se § 8 i lov nr. 879.</p><hr class="IKraftStreg"><p>§ 11 finder alene anvendelse.</p>';

describe('references found with the terms, in one pass', () => {
  it('come in text order beside the terms, into this act and into another act of the register; none into an act the register does not know', () => {
    const all = found(page, { references: { sameAct: true }, pageAct: 'barselsloven' });
    const references = all.filter((term) => term.entryId === REFERENCE_ID);
    expect(references).toEqual([
      { text: 'stk. 2', entryId: REFERENCE_ID, section: undefined, act: undefined },
      { text: '§ 13', entryId: REFERENCE_ID, section: '13', act: 'sdl' },
      { text: '§ 7 a', entryId: REFERENCE_ID, section: '7a', act: undefined },
      { text: '§ 11', entryId: REFERENCE_ID, section: '11', act: undefined },
    ]);
    expect(all.map((term) => term.text)).toContain('lov om sygedagpenge');
    const order = all.map((term) => page.replace(/<[^>]+>/gu, ' ').indexOf(term.text));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('keep those into this act only on a page that holds provisions, and none after the notes on amending acts', () => {
    expect(found(page, { references: { sameAct: false } }).filter((term) => term.entryId === REFERENCE_ID).map((term) => term.text)).toEqual(['§ 13']);
    const texts = found(page, () => ({ references: { sameAct: true, amendmentNotes: document.querySelector('.IKraftStreg') } })).map((term) => term.text);
    expect(texts).toContain('§ 7 a');
    expect(texts).not.toContain('§ 11');
  });

  it('are never counted, and are marked as the setting says, every one of them', () => {
    const all = found(page, { references: { sameAct: true } });
    expect(Object.keys(countTerms(all))).not.toContain(REFERENCE_ID);
    const off = termFilter({ ...DEFAULT_SETTINGS, showReferences: false }, {}, '2026-12-04');
    expect(off?.accepts(REFERENCE_ID)).toBe(false);
    expect(termFilter(DEFAULT_SETTINGS, {}, '2026-12-04')).toBeUndefined();
    expect(termFilter({ ...DEFAULT_SETTINGS, occurrences: 'first' }, {}, '2026-12-04')?.accepts(REFERENCE_ID)).toBe(true);
  });
});

describe('an outdated consolidation', () => {
  const act = (id: string) => register.acts.find((candidate) => candidate.id === id) as (typeof register.acts)[number];

  it('is superseded when the register lists it among the earlier ones, amended when acts amended the current one since', () => {
    expect(consolidationStatus(act('barselsloven'), '2023/1180')).toMatchObject({ kind: 'superseded', held: 'nr. 1180 af 2023' });
    const lab = consolidationStatus(act('lab'), '2024/280');
    expect(lab?.kind).toBe('amended');
    expect(lab?.amendments.map((amendment) => amendment.title)).toContain('Lov nr. 1750 af 29. december 2025 (reform af beskæftigelsesindsatsen, første fase)');
  });

  it('is never claimed for the current consolidation unamended, a document the register does not know, or none', () => {
    expect(consolidationStatus(act('barselsloven'), '2026/206')).toBeUndefined();
    expect(consolidationStatus(act('barselsloven'), '2027/1')).toBeUndefined();
    expect(consolidationStatus(act('lab'), undefined)).toBeUndefined();
  });
});
