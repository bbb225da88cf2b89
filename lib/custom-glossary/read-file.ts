import { csvRows, relabelCsvErrors } from './parse-csv';
import { entryCollector, jsonRows, type ParsedFile } from './parse-json';

/** Rows checked between two pauses: well under 50 ms of schema checks on a slow laptop. */
const ROWS_PER_SLICE = 150;

/** Whether a file is read as JSON: by its name, or, without a telling name, by its first character. */
export function isJsonFile(name: string, text: string): boolean {
  if (/\.json$/i.test(name)) return true;
  if (/\.(csv|txt|tsv)$/i.test(name)) return false;
  return /^\ufeff?\s*[[{]/.test(text);
}

/**
 * Reads an import file as {@link parseJsonFile} or {@link parseCsvFile} do, pausing every few
 * hundred rows: a 5,000-row file never holds the panel 50 ms at a time.
 */
export async function readImportFile(name: string, text: string, pause: () => Promise<void>): Promise<ParsedFile> {
  const json = isJsonFile(name, text);
  const { fatal, rows } = json ? jsonRows(text) : csvRows(text);
  if (fatal) return { fatal, entries: [], invalid: [] };
  await pause();
  const collector = entryCollector();
  for (let start = 0; start < rows.length; start += ROWS_PER_SLICE) {
    for (const row of rows.slice(start, start + ROWS_PER_SLICE)) collector.add(row);
    await pause();
  }
  return json ? collector.result() : relabelCsvErrors(collector.result());
}
