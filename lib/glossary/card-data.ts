import type { GlossaryEntry } from './schema';

/** What the hover card shows of an entry: what the content script carries for it. */
export type CardData = Pick<GlossaryEntry, 'id' | 'term' | 'abbreviations' | 'category' | 'summary' | 'legalBasis' | 'status'>;

export function toCardData(entry: GlossaryEntry): CardData {
  const { id, term, abbreviations, category, summary, legalBasis, status } = entry;
  return {
    id,
    term,
    abbreviations,
    category,
    summary,
    ...(legalBasis ? { legalBasis } : {}),
    ...(status ? { status } : {}),
  };
}
