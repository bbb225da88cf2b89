import { parse as parseTolerant, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { checkEntry, type CustomEntry } from './entry';

/** A file read for import: the valid entries in file order, the invalid ones with reasons, or why none can be read. */
export interface ParsedFile {
  /** Set when the file as a whole cannot be used (not JSON, wrong shape, no rows): nothing is imported. */
  fatal?: string;
  /** A CSV file's fields (its columns): an own entry's other fields are kept on re-import. Every field for JSON. */
  fields?: readonly string[];
  entries: CustomEntry[];
  invalid: { where: string; errors: string[] }[];
}

const BOM = '\ufeff';

/**
 * Where a JSON text first goes wrong, as "linje L, tegn C". JSON.parse names no position in every
 * engine (V8 of Node 20 does not for an unexpected token), so jsonc-parser, in strict mode, finds it.
 */
export function jsonErrorPosition(text: string): string | undefined {
  const errors: ParseError[] = [];
  parseTolerant(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return undefined;
  const before = text.slice(0, first.offset).split('\n');
  return `linje ${before.length}, tegn ${(before.at(-1)?.length ?? 0) + 1}: ${printParseErrorCode(first.error)}`;
}

/** A file's rows before they are checked: each with the words that name it in a message. */
export interface FileRows {
  fatal?: string;
  fields?: readonly string[];
  /** `refused`: the row is invalid before any schema check (a CSV row wider than its header), and why. */
  rows: { input: unknown; where: string; refused?: string }[];
}

/** Keeps the first entry with an id; a later one with the same id is invalid, named by both places. */
export function collectEntries(rows: FileRows['rows']): Pick<ParsedFile, 'entries' | 'invalid'> {
  const collector = entryCollector();
  for (const row of rows) collector.add(row);
  return collector.result();
}

/** {@link collectEntries} a row at a time, for callers that pause between rows. */
export function entryCollector() {
  const entries: CustomEntry[] = [];
  const invalid: ParsedFile['invalid'] = [];
  const seen = new Map<string, string>();
  const add = ({ input, where, refused }: FileRows['rows'][number]) => {
    if (refused) {
      invalid.push({ where, errors: [refused] });
      return;
    }
    const checked = checkEntry(input, where);
    if (!checked.ok) {
      invalid.push({ where, errors: checked.errors });
      return;
    }
    const first = seen.get(checked.entry.id);
    if (first) {
      invalid.push({ where, errors: [`${where}: id'et "${checked.entry.id}" bruges allerede af ${first.toLowerCase()}.`] });
      return;
    }
    seen.set(checked.entry.id, where);
    entries.push(checked.entry);
  };
  return { add, result: () => ({ entries, invalid }) };
}

const nameOf = (entry: unknown) =>
  entry && typeof entry === 'object' && 'id' in entry && typeof entry.id === 'string' ? ` ("${entry.id.slice(0, 60)}")` : '';

/**
 * Reads a JSON file in the glossary format: a bare array of entries, or the bundled file's object
 * `{ "glossaryDate": "…", "entries": [ … ] }`. Never throws: whatever the text, the answer says
 * what can be imported and, in Danish, what cannot and where.
 */
export function parseJsonFile(raw: string): ParsedFile {
  const { fatal, rows } = jsonRows(raw);
  return fatal ? { fatal, entries: [], invalid: [] } : collectEntries(rows);
}

/** The entries of a JSON file, unchecked; see {@link parseJsonFile}. */
export function jsonRows(raw: string): FileRows {
  const text = raw.startsWith(BOM) ? raw.slice(1) : raw;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const where = jsonErrorPosition(text);
    return { fatal: `Filen er ikke gyldig JSON${where ? ` (fejl ved ${where})` : ''}.`, rows: [] };
  }
  const list: unknown =
    data && typeof data === 'object' && !Array.isArray(data) && 'entries' in data ? data.entries : data;
  if (!Array.isArray(list)) {
    return {
      fatal: 'Filen har ikke ordlistens form: den skal være en liste af opslag eller et objekt med feltet "entries".',
      rows: [],
    };
  }
  if (list.length === 0) return { fatal: 'Filen indeholder ingen opslag.', rows: [] };
  return { rows: list.map((input: unknown, index) => ({ input, where: `Opslag ${index + 1}${nameOf(input)}` })) };
}
