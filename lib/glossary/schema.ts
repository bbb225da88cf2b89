import { z } from 'zod';
import { AREAS } from './areas';
import { CATEGORIES } from './categories';
import { danishNumber, LIMITS } from './limits';

export { AREAS, type Area } from './areas';
export { CATEGORIES, type Category } from './categories';

/** "is too long: at most 120 characters (here 300,001)", "too many: at most 30 names" — the limit, in Danish. */
export const tooLong = (max: number, unit = 'tegn') => ({
  error: (issue: { input?: unknown }) => {
    const size = Array.isArray(issue.input) ? issue.input.length : String(issue.input).length;
    const what = unit === 'tegn' ? 'er for lang' : 'for mange';
    return `${what}: højst ${danishNumber(max)} ${unit} (her ${danishNumber(size)})`;
  },
});

const text = z.string().trim().min(1);
/** A short text: a title, the English term, a target group. */
const shortText = text.max(LIMITS.shortText, tooLong(LIMITS.shortText));
const hasLetter = (value: string) => /\p{L}/u.test(value);
/**
 * A name matched on pages (term, alias, abbreviation, exact name, form): bounded, and with a letter
 * in it — "(((" or "$^|?" can never be found in running text.
 */
const name = text
  .max(LIMITS.nameLength, tooLong(LIMITS.nameLength))
  .refine(hasLetter, 'skal indeholde mindst ét bogstav');
const names = (max = LIMITS.namesPerEntry) => z.array(name).max(max, tooLong(max, 'navne'));

/** Only https: a caseworker clicks these links, and a plain-http link is a downgrade we never offer. */
const httpsUrl = z.url({ protocol: /^https$/, hostname: z.regexes.domain });

const link = z.strictObject({
  title: shortText,
  url: httpsUrl.max(LIMITS.urlLength, tooLong(LIMITS.urlLength)),
});

/** A consolidated act or an amending act on retsinformation.dk, by its ELI address. */
const eliUrl = httpsUrl.regex(/^https:\/\/www\.retsinformation\.dk\/eli\/lta\/\d{4}\/\d+$/, 'skal være et ELI-link til retsinformation.dk');

/** A calendar date written YYYY-MM-DD. */
export const isoDate = z.iso.date();

export const STATUS_STATES = ['in-force', 'phasing-out', 'abolished', 'new'] as const;

/**
 * Where a scheme stands in the law: a caseworker reading an older decision still gets the term
 * explained, and sees at once that it no longer applies to new cases.
 */
const status = z.strictObject({
  state: z.enum(STATUS_STATES).describe('in-force (gældende), phasing-out (udfases), abolished (afskaffet) or new (ny).'),
  since: isoDate.describe('The day from which the state applies, YYYY-MM-DD.'),
  ongoing: shortText.optional().describe('What happens to cases already running, in Danish, e.g. "igangværende forløb fortsætter".'),
  amendedBy: z
    .strictObject({ title: shortText, url: eliUrl })
    .optional()
    .describe('The act that changed the scheme, with its retsinformation.dk ELI link.'),
});

/** An act of the register (`data/acts.json`) by its id: "lab", "sel", "barnets-lov". */
export const ACT_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const actId = z.string().regex(ACT_ID_PATTERN, 'skal være id\'et på en lov i registret (fx "lab" eller "sel")');

const legalBasis = z.strictObject({
  law: shortText.describe('The act by its name, e.g. "Lov om en aktiv beskæftigelsesindsats".'),
  url: httpsUrl.describe('The retsinformation.dk ELI link of the version the entry describes.'),
  section: shortText.optional().describe('A § only when certain, e.g. "§ 78".'),
  act: actId.optional().describe('The act\'s id in the register of acts (data/acts.json), e.g. "lab".'),
});

/**
 * Another common meaning of one of the entry's abbreviations; the matcher uses it to leave the
 * abbreviation unmarked where the text shows that other meaning.
 */
const ambiguity = z.strictObject({
  abbreviation: name,
  meaning: shortText.describe('The other meaning in words, e.g. "IPS-skærm (skærmteknologi)".'),
  compounds: names()
    .default([])
    .describe('Words that, joined to the abbreviation by a hyphen, show the other meaning ("nummer" for SE-nummer).'),
  expansions: names()
    .default([])
    .describe('Long forms that, written before "(ABBR)" on a page, define the abbreviation otherwise.'),
});

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const id = z
  .string()
  .max(LIMITS.idLength, tooLong(LIMITS.idLength))
  .regex(ID_PATTERN, 'skal være små bogstaver, tal og bindestreger (kebab-case)');

const entryObject = z.strictObject({
  id,
  term: name,
  englishTerm: shortText.optional(),
  abbreviations: names().default([]).describe('Acronyms, matched case-sensitively.'),
  aliases: names().default([]).describe('Other names and spellings, matched case-insensitively.'),
  exactNames: names()
    .optional()
    .describe(
      'Names matched only as written, letter case included ("Min Plan", "Åben Dialog"): an everyday phrase in lower case is not the term. A term or alias listed here is matched this way only.',
    ),
  forms: names()
    .default([])
    .describe('Inflected forms that the rules for Danish inflection cannot derive.'),
  searchWords: z
    .array(text.max(LIMITS.nameLength, tooLong(LIMITS.nameLength)))
    .max(LIMITS.searchWords, tooLong(LIMITS.searchWords, 'søgeord'))
    .default([])
    .describe('Words people type for the entry that are not its names ("beskyttet værksted", "kørsel"): searched, never marked on pages, shown nowhere.'),
  category: z.enum(CATEGORIES),
  areas: z.array(z.enum(AREAS)).default([]).describe('The fields of law the entry belongs to, for narrowing the side panel.'),
  acts: z
    .array(actId)
    .default([])
    .describe(
      'The acts (ids in data/acts.json) whose pages use the names in this sense. Where two entries share a name, the act of the page (or one named beside the word) chooses between them.',
    ),
  fieldOnly: z
    .boolean()
    .optional()
    .describe(
      'The name is also ordinary language (rådighed, formue, samtykke): marked only on pages about the field, and on an act\'s page only when that act is among `acts`.',
    ),
  summary: text.max(LIMITS.summary, tooLong(LIMITS.summary)),
  description: text.max(LIMITS.description, tooLong(LIMITS.description)),
  targetGroup: shortText.optional(),
  legalBasis: legalBasis.optional(),
  everyday: z
    .boolean()
    .optional()
    .describe('A broad everyday word of the field (jobcenter, kontanthjælp): easy to leave unmarked in the settings.'),
  related: z.array(id).max(LIMITS.related, tooLong(LIMITS.related, 'henvisninger')).default([]),
  sources: z.array(link).min(1).max(LIMITS.sources, tooLong(LIMITS.sources, 'kilder')),
  ambiguous: z.array(ambiguity).max(LIMITS.namesPerEntry, tooLong(LIMITS.namesPerEntry, 'betydninger')).default([]),
  status: status.optional(),
  markAnyway: z
    .boolean()
    .optional()
    .describe(
      'Mark the names that are common Danish words ("og", "det") or shorter than three letters all the same. Without it such a name of an own or an organisation\'s entry is searched but not marked on pages; abbreviations (matched as written) need no such leave.',
    ),
});

/**
 * The bounds that span fields: how many names an entry has, and its size in all. Applied to the
 * glossary's entries and, with the same function, to custom entries (lib/custom-glossary/entry.ts).
 */
export function withEntryBounds<T extends z.ZodType<GlossaryEntryShape>>(schema: T): T {
  return schema.superRefine((entry, context) => {
    const count = 1 + entry.aliases.length + entry.abbreviations.length + (entry.exactNames?.length ?? 0) + entry.forms.length;
    if (count > LIMITS.namesPerEntry) {
      context.addIssue({
        code: 'custom',
        path: ['aliases'],
        message: `for mange navne: højst ${LIMITS.namesPerEntry} i alt (begreb, andre navne, forkortelser og former; her ${count})`,
      });
    }
    const size = JSON.stringify(entry).length;
    if (size > LIMITS.entryChars) {
      context.addIssue({
        code: 'custom',
        path: [],
        message: `opslaget er for stort: højst ${danishNumber(LIMITS.entryChars)} tegn i alt (her ${danishNumber(size)})`,
      });
    }
  });
}

type GlossaryEntryShape = z.output<typeof entryObject>;

/** The entry's fields without the bounds across fields: for a schema made from it (custom entries), which adds them again. */
export const entryFieldsSchema = entryObject;

export const entrySchema = withEntryBounds(entryObject);

export const glossarySchema = z.array(entrySchema).min(1);

/** The file: the entries and the day whose law their texts describe. */
export const glossaryFileSchema = z.strictObject({
  $schema: z.string().optional(),
  glossaryDate: isoDate.optional().describe('The day whose law the texts describe, YYYY-MM-DD.'),
  entries: glossarySchema,
});

export type EntryStatus = z.output<typeof status>;
export type StatusState = (typeof STATUS_STATES)[number];

/** An entry as the rest of the extension sees it: every list present, even where the file left it out. */
export type GlossaryEntry = z.output<typeof entrySchema>;
export type Glossary = GlossaryEntry[];
