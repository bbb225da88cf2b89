import Papa from 'papaparse';
import type { Pause } from '../tasks/slices';
import { columnOf, CSV_COLUMNS, fieldOfColumn, idFromTerm, REQUIRED_COLUMNS, splitList, unescapeFormula, type CsvKey } from './csv-columns';
import { collectEntries, type FileRows, type ParsedFile } from './parse-json';

const BOM = '\ufeff';

const fatal = (message: string): FileRows => ({ fatal: message, rows: [] });

const PARSE_OPTIONS: { delimitersToGuess: string[]; skipEmptyLines: 'greedy' } = { delimitersToGuess: [';', ',', '\t'], skipEmptyLines: 'greedy' };

/** A row's cells as the glossary format; what the row leaves empty is left out, for the schema to judge. */
function toEntryInput(row: Partial<Record<CsvKey, string>>): Record<string, unknown> {
  // A cell the export protected against formulas ("'=…") is read as it was before.
  const cell = (key: CsvKey) => unescapeFormula(row[key]?.trim() ?? '');
  const list = (key: CsvKey) => splitList(cell(key));
  const term = cell('term');
  const titles = list('sourceTitle');
  const urls = list('sourceUrl');
  const input: Record<string, unknown> = {
    id: cell('id') || idFromTerm(term),
    term,
    abbreviations: list('abbreviations'),
    aliases: list('aliases'),
    searchWords: list('searchWords'),
    // A spreadsheet's "Begreber" is the same category as "begreber" (the schema folds it, and a former name).
    category: cell('category'),
    summary: cell('summary'),
    description: cell('description'),
    sources: urls.map((url, index) => ({ title: titles[index] ?? url, url })),
  };
  if (cell('englishTerm')) input.englishTerm = cell('englishTerm');
  return input;
}

/**
 * Reads a CSV file (a spreadsheet's export): semicolon, comma or tab separated, quoted fields with
 * line breaks. The first row names the columns ({@link CSV_COLUMNS}). Rows are numbered as the
 * spreadsheet numbers them: the header is row 1. Never throws.
 */
export function parseCsvFile(raw: string): ParsedFile {
  const { fatal: error, rows, fields } = csvRows(raw);
  return error ? { fatal: error, entries: [], invalid: [] } : { ...relabelCsvErrors(collectEntries(rows)), fields };
}

/** The rows of a CSV file as glossary-format input, unchecked; see {@link parseCsvFile}. */
export function csvRows(raw: string): FileRows {
  const text = raw.startsWith(BOM) ? raw.slice(1) : raw;
  if (!text.trim()) return fatal('Filen er tom.');
  const result = Papa.parse<string[]>(text, PARSE_OPTIONS);
  const quoteError = result.errors.find((error) => error.type === 'Quotes');
  const reader = tableReader();
  for (const cells of result.data) reader.add(cells);
  return reader.result(quoteError);
}

/**
 * {@link csvRows} in pieces of 16 kB with `pause` between them (Papa Parse's own chunks), each
 * piece's rows read as it comes: a file of 5,000 rows, or fifty times that, never holds the panel
 * for long.
 */
export function csvRowsInSlices(raw: string, pause: Pause): Promise<FileRows> {
  const text = raw.startsWith(BOM) ? raw.slice(1) : raw;
  if (!text.trim()) return Promise.resolve(fatal('Filen er tom.'));
  const reader = tableReader();
  let read = 0;
  let quoteError: Papa.ParseError | undefined;
  return new Promise((resolve) => {
    Papa.parse<string[]>(text, {
      ...PARSE_OPTIONS,
      chunkSize: 16 * 1024,
      chunk: (results: Papa.ParseResult<string[]>, parser: Papa.Parser) => {
        const quotes = results.errors.find((error) => error.type === 'Quotes');
        // Papa numbers a chunk's rows from 0.
        if (quotes && !quoteError) quoteError = { ...quotes, row: (quotes.row ?? 0) + read };
        read += results.data.length;
        if (!quoteError) for (const cells of results.data) reader.add(cells);
        parser.pause();
        void pause().then(() => {
          parser.resume();
        });
      },
      complete: () => {
        resolve(reader.result(quoteError));
      },
    });
  });
}

/**
 * Reads a table row by row: the first row names the columns (checked once, when the rows are
 * asked for), every later row is read by its spreadsheet number; a row wider than the header is
 * refused, not cut.
 */
function tableReader() {
  let columns: { name: string; key: CsvKey | undefined }[] | undefined;
  const rows: FileRows['rows'] = [];
  const add = (cells: string[]) => {
    if (!columns) {
      columns = cells.map((name) => ({ name, key: columnOf(name) }));
      return;
    }
    const where = `Række ${rows.length + 2}`;
    const refused = cellsWithoutColumn(cells, columns, where);
    if (refused) {
      rows.push({ input: undefined, where, refused });
      return;
    }
    const row: Partial<Record<CsvKey, string>> = {};
    columns.forEach(({ key }, column) => {
      if (key) row[key] = cells[column];
    });
    rows.push({ input: toEntryInput(row), where });
  };
  const result = (quoteError: Papa.ParseError | undefined): FileRows => {
    if (!columns) return fatal('Filen er tom.');
    if (quoteError) {
      return fatal(`Række ${(quoteError.row ?? 0) + 1}: et felt i anførselstegn slutter ikke (${quoteError.message}).`);
    }
    const unknown = columns.filter(({ name, key }) => name.trim() && !key).map(({ name }) => `"${name.trim()}"`);
    if (unknown.length > 0) {
      const known = CSV_COLUMNS.map(({ key, label }) => `${key}/${label}`).join(', ');
      return fatal(`Ukendte kolonner i første række: ${unknown.join(', ')}. Kendte kolonner: ${known}.`);
    }
    const present = columns;
    const missing = REQUIRED_COLUMNS.filter((key) => !present.some((column) => column.key === key));
    if (missing.length > 0) {
      const labels = missing.map((key) => CSV_COLUMNS.find((column) => column.key === key)?.label ?? key);
      return fatal(`Første række mangler kolonnerne ${labels.map((label) => `"${label}"`).join(', ')}.`);
    }
    if (rows.length === 0) return fatal('Filen har ingen rækker under overskrifterne.');
    const fields = new Set(['id', ...present.flatMap(({ key }) => (key ? [fieldOfColumn(key)] : []))]);
    return { rows, fields: [...fields] };
  };
  return { add, result };
}

/**
 * A row with text beyond the header's columns, or under a column without a name, would lose that
 * text: most often a semicolon inside a text that was not put in quotes. Empty cells there lose
 * nothing (a spreadsheet writes them for a column once used).
 */
function cellsWithoutColumn(cells: readonly string[], columns: readonly { key?: CsvKey }[], where: string): string | undefined {
  const stray = cells.findIndex((cell, column) => cell.trim() !== '' && !columns[column]?.key);
  if (stray < 0) return undefined;
  const text = `"${cells[stray]?.trim().slice(0, 40)}"`;
  return cells.length > columns.length
    ? `${where} har ${cells.length} felter, men første række har ${columns.length} kolonner: teksten ${text} står uden for kolonnerne (et semikolon eller komma i en tekst skal stå i anførselstegn). Rækken er ikke importeret.`
    : `${where}: kolonne ${stray + 1} har ingen overskrift i første række, men rækken har teksten ${text} der. Rækken er ikke importeret.`;
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
