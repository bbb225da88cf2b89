import { danishNumber } from '../glossary/limits';
import { forEachInSlices, type Pause } from '../tasks/slices';
import { decodeFile, type DecodedFile, type FileEncoding } from './decode-file';
import { csvRowsInSlices, relabelCsvErrors } from './parse-csv';
import { entryCollector, jsonRows, type ParsedFile } from './parse-json';
import { MAX_FILE_BYTES } from './room';

/** Whether a file is read as JSON: by its name, or, without a telling name, by its first character. */
export function isJsonFile(name: string, text: string): boolean {
  if (/\.json$/i.test(name)) return true;
  if (/\.(csv|txt|tsv)$/i.test(name)) return false;
  return /^\ufeff?\s*[[{]/.test(text);
}

/**
 * Reads an import file as {@link parseJsonFile} or {@link parseCsvFile} do: its bytes decoded in
 * the encoding they were saved in (decode-file.ts; a text is taken as it is), the CSV parsed and
 * every row checked in slices of a few milliseconds, so that a 5,000-row file never holds the
 * panel 50 ms at a time, however busy the machine.
 */
export async function readImportFile(name: string, content: string | Uint8Array, pause: Pause): Promise<ParsedFile & { encoding?: FileEncoding }> {
  if (typeof content !== 'string' && content.length > MAX_FILE_BYTES) {
    const megabytes = (bytes: number) => danishNumber(Math.ceil(bytes / 1_000_000));
    return { fatal: `Filen fylder ${megabytes(content.length)} MB; der kan højst indlæses ${megabytes(MAX_FILE_BYTES)} MB.`, entries: [], invalid: [] };
  }
  const decoded: DecodedFile | { text: string; encoding?: undefined; fatal?: undefined } =
    typeof content === 'string' ? { text: content } : decodeFile(content);
  if (decoded.fatal !== undefined) return { fatal: decoded.fatal, entries: [], invalid: [] };
  const { text, encoding } = decoded;
  const json = isJsonFile(name, text);
  const { fatal, rows, fields } = json ? jsonRows(text) : await csvRowsInSlices(text, pause);
  if (fatal) return { fatal, entries: [], invalid: [], ...(encoding ? { encoding } : {}) };
  await pause();
  const collector = entryCollector();
  await forEachInSlices(rows, collector.add, pause);
  const result = json ? collector.result() : { ...relabelCsvErrors(collector.result()), fields };
  return encoding ? { ...result, encoding } : result;
}
