import Papa from 'papaparse';
import { CSV_COLUMNS, toCsvRow } from './csv-columns';
import { compactEntry, type CustomEntry } from './entry';

/** The entries as a JSON file in the glossary format (the bundled file's object form). */
export function exportJson(entries: readonly CustomEntry[], date = new Date()): string {
  const file = { glossaryDate: date.toISOString().slice(0, 10), entries: entries.map(compactEntry) };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * The entries as CSV: semicolon separated (what a Danish spreadsheet opens without asking), with a
 * BOM so that Excel reads it as UTF-8, and Danish column labels. CSV holds the fields the panel's
 * form edits; JSON holds every field. Cells that a spreadsheet would run as formulas are neutralised.
 */
export function exportCsv(entries: readonly CustomEntry[]): string {
  const rows = entries.map(toCsvRow);
  const csv = Papa.unparse(
    { fields: CSV_COLUMNS.map(({ label }) => label), data: rows.map((row) => CSV_COLUMNS.map(({ key }) => row[key])) },
    // OWASP's CSV-injection rule: a cell beginning with =, +, -, @, tab or CR gets an apostrophe
    // before it, so that a summary "=HYPERLINK(…)" is text in Excel, not a live formula.
    { delimiter: ';', newline: '\r\n', escapeFormulae: true },
  );
  return `\ufeff${csv}\r\n`;
}
