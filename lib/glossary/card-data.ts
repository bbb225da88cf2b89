import type { GlossaryEntry } from './schema';

/** What the hover card shows of an entry: what the content script carries for it. */
export type CardData = Pick<GlossaryEntry, 'id' | 'term' | 'abbreviations' | 'category' | 'summary' | 'legalBasis' | 'status'> &
  Partial<Pick<GlossaryEntry, 'acts'>> & {
    /** Entries that share a name with this one (other acts' senses), offered on the card. */
    senses?: string[];
  };

export function toCardData(entry: GlossaryEntry, senses?: readonly string[]): CardData {
  const { id, term, abbreviations, category, summary, legalBasis, status, acts } = entry;
  return {
    id,
    term,
    abbreviations,
    category,
    summary,
    ...(legalBasis ? { legalBasis } : {}),
    ...(status ? { status } : {}),
    ...(acts.length > 0 ? { acts } : {}),
    ...(senses?.length ? { senses: [...senses] } : {}),
  };
}

/** The act whose sense an entry explains: the first of its `acts`, else its legal basis's act. */
export const senseActOf = (card: Pick<CardData, 'acts' | 'legalBasis'>): string | undefined => card.acts?.[0] ?? card.legalBasis?.act;
