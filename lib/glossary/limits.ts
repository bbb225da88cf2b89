/**
 * How large an entry may be (issue 23). Every entry is held to these by the schema — the bundled
 * glossary at build time, an import, the panel's form, the organisation's policy and what is
 * stored already — so that no value can make the matcher's set-up slow: a name of 300,000
 * characters cost the service worker more than a minute and broke every page's sieve. The bundled
 * glossary's largest entry is far inside them (longest name 67 characters, 7 names, description
 * 2,409 characters, 5 KB in all). A module without zod, for the panel's texts and README.
 */
export const LIMITS = {
  /** A term, alias, abbreviation, exact name, form or search word: a name, not a paragraph. */
  nameLength: 120,
  /** Term, aliases, abbreviations, exact names and forms together. */
  namesPerEntry: 30,
  /** Search words (searched, never marked). */
  searchWords: 30,
  /** An id (kebab-case); one made from a term is at most 80 characters. */
  idLength: 100,
  /** The hover card's text. */
  summary: 240,
  /** The English term, the target group, a link's title. */
  shortText: 300,
  description: 5000,
  /** A link's address. */
  urlLength: 2000,
  sources: 20,
  related: 50,
  /** The whole entry as JSON, in characters. */
  entryChars: 16_000,
} as const;

const danish = new Intl.NumberFormat('da-DK');

/** A count as Danish writes it ("300.001"). */
export const danishNumber = (value: number): string => danish.format(value);
