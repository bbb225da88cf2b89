/**
 * What kind of thing an entry names. The categories follow what the acts' headings name — schemes,
 * benefits, requirements, procedures — with the professional methods and the bodies beside them,
 * so that a glossary of several hundred entries can be narrowed (issue 19). The panel browses by
 * these, the hover card shows them and the settings hide them. A module of its own, without the
 * validator, so that the panel does not bundle zod.
 */
export const CATEGORIES = [
  'metoder',
  'tilbud og indsatser',
  'ydelser og tillæg',
  'krav og betingelser',
  'sagsbehandling',
  'aktører',
  'begreber',
] as const;

export type Category = (typeof CATEGORIES)[number];

/**
 * The categories used until December 2026, and where their entries went: own entries, an
 * organisation's list and stored settings written with the old names keep working.
 */
export const FORMER_CATEGORIES: Readonly<Record<string, Category>> = {
  'tværfaglige indsatser': 'metoder',
  'sundhedsfremmende indsatser': 'metoder',
  'støtte i beskæftigelse': 'tilbud og indsatser',
  'redskaber til personer med begrænsninger i arbejdsevnen': 'tilbud og indsatser',
  'ydelser og forløb': 'ydelser og tillæg',
};

/**
 * A category as written in a file or a setting, as today's name: case and spaces as a spreadsheet
 * writes them ("Begreber "), a former name as its successor. Anything else is returned as it is,
 * for the schema to refuse.
 */
export function currentCategory(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const name = value.trim().toLowerCase();
  return (CATEGORIES as readonly string[]).includes(name) ? name : (FORMER_CATEGORIES[name] ?? value);
}
