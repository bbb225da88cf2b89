import type { z } from 'zod';
import { da } from 'zod/locales';
import { glossaryFileSchema, glossarySchema, type Glossary } from './schema';

export type ValidationResult =
  | { ok: true; glossary: Glossary; glossaryDate?: string }
  | { ok: false; errors: string[] };

/**
 * Validates a glossary (the bundled one at build time, a custom one on import) and says in Danish
 * which entry and which field is wrong. Checks across entries (unique ids, related ids that exist)
 * are here too, so a custom import is held to the same rules as the bundled file.
 */
export function validateGlossary(input: unknown): ValidationResult {
  // Either the file's form, { glossaryDate, entries }, or a bare list of entries.
  if (!Array.isArray(input) && typeof input === 'object' && input !== null && 'entries' in input) {
    const parsed = glossaryFileSchema.safeParse(input, { error: da().localeError });
    const entries = (input).entries;
    if (!parsed.success) {
      return {
        ok: false,
        errors: parsed.error.issues.map((issue) =>
          issue.path[0] === 'entries' ? describeIssue({ ...issue, path: issue.path.slice(1) }, entries) : describeField(issue),
        ),
      };
    }
    const errors = crossEntryErrors(parsed.data.entries);
    if (errors.length > 0) return { ok: false, errors };
    const { glossaryDate } = parsed.data;
    return glossaryDate ? { ok: true, glossary: parsed.data.entries, glossaryDate } : { ok: true, glossary: parsed.data.entries };
  }
  const parsed = glossarySchema.safeParse(input, { error: da().localeError });
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((issue) => describeIssue(issue, input)) };
  }
  const errors = crossEntryErrors(parsed.data);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, glossary: parsed.data };
}

function describeField(issue: z.core.$ZodIssue): string {
  const fieldPath = issue.path.map(String).join('.');
  return fieldPath ? `Feltet "${fieldPath}": ${issue.message}` : issue.message;
}

/** Like {@link validateGlossary}, but throws one readable error, for the build and the tests. */
export function parseGlossary(input: unknown): Glossary {
  return parseGlossaryFile(input).entries;
}

/** The entries and the day their texts describe; throws one readable error. */
export function parseGlossaryFile(input: unknown): { entries: Glossary; glossaryDate?: string } {
  const result = validateGlossary(input);
  if (!result.ok) throw new Error(`Ordlisten er ugyldig:\n- ${result.errors.join('\n- ')}`);
  return result.glossaryDate ? { entries: result.glossary, glossaryDate: result.glossaryDate } : { entries: result.glossary };
}

function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const [index, ...field] = issue.path;
  if (typeof index !== 'number') return issue.message;
  const where = `Opslag ${index + 1}${entryLabel(input, index)}`;
  const fieldPath = field.map(String).join('.');
  return fieldPath ? `${where}, feltet "${fieldPath}": ${issue.message}` : `${where}: ${issue.message}`;
}

function entryLabel(input: unknown, index: number): string {
  const entry = Array.isArray(input) ? (input[index] as unknown) : undefined;
  if (entry && typeof entry === 'object' && 'id' in entry && typeof entry.id === 'string') {
    return ` ("${entry.id}")`;
  }
  return '';
}

function crossEntryErrors(glossary: Glossary): string[] {
  const errors: string[] = [];
  const ids = new Set<string>();
  for (const entry of glossary) {
    if (ids.has(entry.id)) errors.push(`Id'et "${entry.id}" bruges af flere opslag.`);
    ids.add(entry.id);
  }
  for (const entry of glossary) {
    for (const related of entry.related) {
      if (!ids.has(related)) {
        errors.push(`Opslaget "${entry.id}", feltet "related": "${related}" findes ikke i ordlisten.`);
      }
      if (related === entry.id) errors.push(`Opslaget "${entry.id}" henviser til sig selv i "related".`);
    }
  }
  return errors;
}
