import { z } from 'zod';
import { AREAS } from './areas';
import { CATEGORIES } from './categories';

export { AREAS, type Area } from './areas';
export { CATEGORIES, type Category } from './categories';

const text = z.string().trim().min(1);

/** Only https: a caseworker clicks these links, and a plain-http link is a downgrade we never offer. */
const httpsUrl = z.url({ protocol: /^https$/, hostname: z.regexes.domain });

const link = z.strictObject({
  title: text,
  url: httpsUrl,
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
  ongoing: text.optional().describe('What happens to cases already running, in Danish, e.g. "igangværende forløb fortsætter".'),
  amendedBy: z
    .strictObject({ title: text, url: eliUrl })
    .optional()
    .describe('The act that changed the scheme, with its retsinformation.dk ELI link.'),
});

/** An act of the register (`data/acts.json`) by its id: "lab", "sel", "barnets-lov". */
export const ACT_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const actId = z.string().regex(ACT_ID_PATTERN, 'skal være id\'et på en lov i registret (fx "lab" eller "sel")');

const legalBasis = z.strictObject({
  law: text.describe('The act by its name, e.g. "Lov om en aktiv beskæftigelsesindsats".'),
  url: httpsUrl.describe('The retsinformation.dk ELI link of the version the entry describes.'),
  section: text.optional().describe('A § only when certain, e.g. "§ 78".'),
  act: actId.optional().describe('The act\'s id in the register of acts (data/acts.json), e.g. "lab".'),
});

/**
 * Another common meaning of one of the entry's abbreviations; the matcher uses it to leave the
 * abbreviation unmarked where the text shows that other meaning.
 */
const ambiguity = z.strictObject({
  abbreviation: text,
  meaning: text.describe('The other meaning in words, e.g. "IPS-skærm (skærmteknologi)".'),
  compounds: z
    .array(text)
    .default([])
    .describe('Words that, joined to the abbreviation by a hyphen, show the other meaning ("nummer" for SE-nummer).'),
  expansions: z
    .array(text)
    .default([])
    .describe('Long forms that, written before "(ABBR)" on a page, define the abbreviation otherwise.'),
});

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const entrySchema = z.strictObject({
  id: z.string().regex(ID_PATTERN, 'skal være små bogstaver, tal og bindestreger (kebab-case)'),
  term: text,
  englishTerm: text.optional(),
  abbreviations: z.array(text).default([]).describe('Acronyms, matched case-sensitively.'),
  aliases: z.array(text).default([]).describe('Other names and spellings, matched case-insensitively.'),
  exactNames: z
    .array(text)
    .optional()
    .describe(
      'Names matched only as written, letter case included ("Min Plan", "Åben Dialog"): an everyday phrase in lower case is not the term. A term or alias listed here is matched this way only.',
    ),
  forms: z
    .array(text)
    .default([])
    .describe('Inflected forms that the rules for Danish inflection cannot derive.'),
  searchWords: z
    .array(text)
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
  summary: text.max(240),
  description: text,
  targetGroup: text.optional(),
  legalBasis: legalBasis.optional(),
  everyday: z
    .boolean()
    .optional()
    .describe('A broad everyday word of the field (jobcenter, kontanthjælp): easy to leave unmarked in the settings.'),
  related: z.array(z.string().regex(ID_PATTERN)).default([]),
  sources: z.array(link).min(1),
  ambiguous: z.array(ambiguity).default([]),
  status: status.optional(),
});

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
