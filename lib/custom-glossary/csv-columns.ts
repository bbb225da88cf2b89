import type { CustomEntry } from './entry';

/**
 * The CSV columns, in the order export writes them. A header may use the English key or the
 * Danish label, in any case. Lists (abbreviations, aliases, search words, sources) are separated
 * by " | ".
 * `id` may be left empty: the id is then made from the term.
 */
export const CSV_COLUMNS = [
  { key: 'id', label: 'id' },
  { key: 'term', label: 'begreb' },
  { key: 'abbreviations', label: 'forkortelser' },
  { key: 'aliases', label: 'andre navne' },
  // Words people use for the entry that are not names: searched, never marked, shown nowhere.
  { key: 'searchWords', label: 'søgeord' },
  { key: 'englishTerm', label: 'engelsk' },
  { key: 'category', label: 'kategori' },
  { key: 'summary', label: 'kort definition' },
  { key: 'description', label: 'beskrivelse' },
  { key: 'sourceTitle', label: 'kilde' },
  { key: 'sourceUrl', label: 'link' },
] as const;

export type CsvKey = (typeof CSV_COLUMNS)[number]['key'];

/** The entry's field a column fills: the source columns both fill `sources`. */
export const fieldOfColumn = (key: CsvKey): string => (key === 'sourceTitle' || key === 'sourceUrl' ? 'sources' : key);

export const REQUIRED_COLUMNS: readonly CsvKey[] = ['term', 'category', 'summary'];

export const LIST_SEPARATOR = ' | ';

const byHeader = new Map<string, CsvKey>(
  CSV_COLUMNS.flatMap(({ key, label }) => [
    [key.toLowerCase(), key],
    [label, key],
  ]),
);

/** The column a header names, or undefined for one we do not know. */
export const columnOf = (header: string): CsvKey | undefined => byHeader.get(header.trim().toLowerCase());

export const splitList = (cell: string | undefined) =>
  (cell ?? '')
    .split('|')
    .map((item) => item.trim())
    .filter(Boolean);

/**
 * OWASP's rule against CSV injection: a cell that begins with =, +, -, @, a tab or a carriage
 * return is a formula to a spreadsheet, so the export puts an apostrophe before it (Papa Parse's
 * `escapeFormulae`), and the import takes that one apostrophe away again: a round trip gives the
 * same text.
 */
const ESCAPED_FORMULA = /^'(?=[=+\-@\t\r])/;
export const unescapeFormula = (cell: string) => cell.replace(ESCAPED_FORMULA, '');

/** An id made from a term: lower case, æøå spelled out, anything else a hyphen ("Lær at tackle" → "laer-at-tackle"). */
export function idFromTerm(term: string): string {
  return term
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'oe')
    .replaceAll('å', 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/** An entry as a CSV row, keyed by column. */
export function toCsvRow(entry: CustomEntry): Record<CsvKey, string> {
  return {
    id: entry.id,
    term: entry.term,
    abbreviations: entry.abbreviations.join(LIST_SEPARATOR),
    aliases: entry.aliases.join(LIST_SEPARATOR),
    searchWords: entry.searchWords.join(LIST_SEPARATOR),
    englishTerm: entry.englishTerm ?? '',
    category: entry.category,
    summary: entry.summary,
    description: entry.description,
    sourceTitle: entry.sources.map((source) => source.title).join(LIST_SEPARATOR),
    sourceUrl: entry.sources.map((source) => source.url).join(LIST_SEPARATOR),
  };
}
