import { z } from 'zod';
import { AREAS } from '../glossary/areas';
import { ACT_ID_PATTERN, isoDate } from '../glossary/schema';

const text = z.string().trim().min(1);

/** A document on retsinformation.dk by its ELI address (a consolidated act, an act or an executive order). */
export const ELI_PATTERN = /^https:\/\/www\.retsinformation\.dk\/eli\/lta\/(\d{4})\/(\d+)$/;
const eliUrl = z.string().regex(ELI_PATTERN, 'skal være et ELI-link til retsinformation.dk (https://www.retsinformation.dk/eli/lta/ÅÅÅÅ/NR)');

const document = z.strictObject({
  title: text.describe('"LBK nr. 1129 af 22. september 2025", "Lov nr. 1750 af 29. december 2025".'),
  url: eliUrl,
  date: isoDate.describe('The day the document was issued, YYYY-MM-DD.'),
});

const amendment = z.strictObject({
  title: text,
  url: eliUrl,
  inForce: isoDate.optional().describe('The day the act (or its first part) came into force, where known.'),
});

/** One act of the field: how pages name it, its consolidation on the register's day, and what amended it since. */
export const actSchema = z.strictObject({
  id: z.string().regex(ACT_ID_PATTERN),
  title: text.describe('The act\'s title as retsinformation.dk gives it, e.g. "Lov om social service".'),
  shortName: text.describe('What a caseworker calls it, shown on cards: "serviceloven", "LAB", "barnets lov".'),
  names: z.array(text).min(1).describe('What running text calls the act, matched in any letter case and inflected ("serviceloven", "lov om social service").'),
  abbreviations: z.array(text).default([]).describe('Abbreviations, matched only as written ("SEL", "LAB").'),
  area: z.enum(AREAS),
  consolidation: document.describe('The consolidation in force on the register\'s day.'),
  earlier: z.array(eliUrl).default([]).describe('Earlier consolidations and versions, newest first: a page holding one is this act, superseded.'),
  amendedBy: z.array(amendment).default([]).describe('Acts that amended this one after its consolidation, oldest first.'),
});

export const registerSchema = z.strictObject({
  $schema: z.string().optional(),
  registerDate: isoDate.describe('The day the register describes, YYYY-MM-DD.'),
  acts: z.array(actSchema).min(1),
});

export type ActRecord = z.output<typeof actSchema>;
export type ActRegister = z.output<typeof registerSchema>;

/** Validates the register, with the checks across acts (unique ids, names and ELI addresses); throws one readable error. */
export function parseRegister(input: unknown): ActRegister {
  const parsed = registerSchema.safeParse(input);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Lovregistret er ugyldigt:\n- ${lines.join('\n- ')}`);
  }
  const errors: string[] = [];
  const seen = new Map<string, string>();
  const claim = (key: string, id: string, what: string) => {
    const owner = seen.get(key);
    if (owner && owner !== id) errors.push(`${what} "${key.slice(2)}" bruges af både ${owner} og ${id}.`);
    seen.set(key, id);
  };
  for (const act of parsed.data.acts) {
    claim(`i:${act.id}`, act.id, 'id\'et');
    for (const name of act.names) claim(`n:${name.toLowerCase()}`, act.id, 'navnet');
    for (const abbreviation of act.abbreviations) claim(`a:${abbreviation}`, act.id, 'forkortelsen');
    for (const url of [act.consolidation.url, ...act.earlier]) claim(`u:${url}`, act.id, 'adressen');
  }
  if (errors.length > 0) throw new Error(`Lovregistret er ugyldigt:\n- ${errors.join('\n- ')}`);
  return parsed.data;
}
