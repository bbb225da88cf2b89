import { z } from 'zod';
import { da } from 'zod/locales';
import { currentCategory } from '../glossary/categories';
import { LIMITS } from '../glossary/limits';
import { entryFieldsSchema, tooLong, withEntryBounds, type GlossaryEntry } from '../glossary/schema';

/** Where an entry that is not built in comes from: the caseworker's own, or the organisation's policy. */
export type Origin = 'own' | 'organisation';

/**
 * A custom entry: the glossary format, held to the same schema, except that a caseworker's own
 * entry needs neither a long description nor a source (the issue: "optional description and
 * link"). What the rest of the extension reads is a full {@link GlossaryEntry}: the description is
 * then empty and the sources list may be. The bounds of the glossary's schema (lib/glossary/limits.ts)
 * hold here too, the bounds across fields added by the same function.
 */
export const customEntrySchema = withEntryBounds(
  entryFieldsSchema.extend({
    // Files written before the categories were renamed (December 2026) keep working.
    category: z.preprocess(currentCategory, entryFieldsSchema.shape.category),
    description: z.string().trim().max(LIMITS.description, tooLong(LIMITS.description)).default(''),
    sources: entryFieldsSchema.shape.sources.unwrap().array().max(LIMITS.sources, tooLong(LIMITS.sources, 'kilder')).default([]),
  }),
);

export type CustomEntry = GlossaryEntry;

export type EntryCheck = { ok: true; entry: CustomEntry } | { ok: false; errors: string[] };

/** Validates one entry and says in Danish which field is wrong; `where` names the row or entry. */
export function checkEntry(input: unknown, where: string): EntryCheck {
  const parsed = customEntrySchema.safeParse(input, { error: da().localeError });
  if (parsed.success) return { ok: true, entry: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => {
      const field = issue.path.map(String).join('.');
      return field ? `${where}, feltet "${field}": ${issue.message}` : `${where}: ${issue.message}`;
    }),
  };
}

/** The entry as a file holds it: the empty lists and an empty description left out. */
export function compactEntry(entry: CustomEntry): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entry)) {
    if (value === undefined || value === '') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    out[key] = value;
  }
  return out;
}
