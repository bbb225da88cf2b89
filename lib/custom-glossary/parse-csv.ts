import Papa from 'papaparse';
import { columnOf, CSV_COLUMNS, idFromTerm, REQUIRED_COLUMNS, splitList, type CsvKey } from './csv-columns';
import { collectEntries, type FileRows, type ParsedFile } from './parse-json';

const BOM = '\ufeff';

const fatal = (message: string): FileRows => ({ fatal: message, rows: [] });

/** A row's cells as the glossary format; what the row leaves empty is left out, for the schema to judge. */
function toEntryInput(row: Partial<Record<CsvKey, string>>): Record<string, unknown> {
  const cell = (key: CsvKey) => row[key]?.trim() ?? '';
  const term = cell('term');
  const category = cell('category');
  const titles = splitList(row.sourceTitle);
  const urls = splitList(row.sourceUrl);
  const input: Record<string, unknown> = {
    id: cell('id') || idFromTerm(term),
    term,
    abbreviations: splitList(row.abbreviations),
    aliases: splitList(row.aliases),
    searchWords: splitList(row.searchWords),
    // A spreadsheet's "Begreber" is the same category as "begreber" (the schema folds it, and a former name).
    category,
    summary: cell('summary'),
    description: cell('description'),
    sources: urls.map((url, index) => ({ title: titles[index] ?? url, url })),
  };
  if (cell('englishTerm')) input.englishTerm = cell('englishTerm');
  return input;
}

/**
 * Reads a CSV file (a spreadsheet's export): semicolon or comma separated, UTF-8 with or without
 * BOM, quoted fields with line breaks. The first row names the columns ({@link CSV_COLUMNS}).
 * Rows are numbered as the spreadsheet numbers them: the header is row 1. Never throws.
 */
export function parseCsvFile(raw: string): ParsedFile {
  const { fatal: error, rows } = csvRows(raw);
  return error ? { fatal: error, entries: [], invalid: [] } : relabelCsvErrors(collectEntries(rows));
}

/** The rows of a CSV file as glossary-format input, unchecked; see {@link parseCsvFile}. */
export function csvRows(raw: string): FileRows {
  const text = raw.startsWith(BOM) ? raw.slice(1) : raw;
  if (!text.trim()) return fatal('Filen er tom.');
  const result = Papa.parse<string[]>(text, { delimitersToGuess: [';', ',', '\t'], skipEmptyLines: 'greedy' });
  const [header, ...rows] = result.data;
  if (!header) return fatal('Filen er tom.');
  const quoteError = result.errors.find((error) => error.type === 'Quotes');
  if (quoteError) {
    return fatal(`Række ${(quoteError.row ?? 0) + 1}: et felt i anførselstegn slutter ikke (${quoteError.message}).`);
  }
  const columns = header.map((name) => ({ name, key: columnOf(name) }));
  const unknown = columns.filter(({ name, key }) => name.trim() && !key).map(({ name }) => `"${name.trim()}"`);
  if (unknown.length > 0) {
    const known = CSV_COLUMNS.map(({ key, label }) => `${key}/${label}`).join(', ');
    return fatal(`Ukendte kolonner i første række: ${unknown.join(', ')}. Kendte kolonner: ${known}.`);
  }
  const missing = REQUIRED_COLUMNS.filter((key) => !columns.some((column) => column.key === key));
  if (missing.length > 0) {
    const labels = missing.map((key) => CSV_COLUMNS.find((column) => column.key === key)?.label ?? key);
    return fatal(`Første række mangler kolonnerne ${labels.map((label) => `"${label}"`).join(', ')}.`);
  }
  if (rows.length === 0) return fatal('Filen har ingen rækker under overskrifterne.');
  return {
    rows: rows.map((cells, index) => {
      const row: Partial<Record<CsvKey, string>> = {};
      columns.forEach(({ key }, column) => {
        if (key) row[key] = cells[column];
      });
      return { input: toEntryInput(row), where: `Række ${index + 2}` };
    }),
  };
}

/** The schema names fields; a spreadsheet's reader knows columns. */
export function relabelCsvErrors(collected: Pick<ParsedFile, 'entries' | 'invalid'>): ParsedFile {
  const invalid = collected.invalid.map(({ where, errors }) => ({
    where,
    errors: errors.map((error) => error.replace(/feltet "(\w+)[^"]*"/, (whole, field: string) => columnLabel(field) ?? whole)),
  }));
  return { entries: collected.entries, invalid };
}

function columnLabel(field: string): string | undefined {
  const key = field === 'sources' ? 'sourceUrl' : field;
  const column = CSV_COLUMNS.find((candidate) => candidate.key === key);
  return column ? `kolonnen "${column.label}"` : undefined;
}
