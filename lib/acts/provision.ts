/**
 * A provision as a reference names it: "§ 7 a, stk. 2, nr. 3", "§§ 56-59", "stk. 2", "kapitel 19".
 * A § or chapter is keyed as retsinformation.dk keys its anchors, number and letter without a
 * space ("7a": `#P7a`); an item ("nr.") likewise ("1a" for "nr. 1 a").
 */
export interface Provision {
  /** The §; none for a bare "stk. 2" (the stk. of the § the reference stands in) or a chapter. */
  section?: string;
  /** The last § of a range ("§§ 56-59"). */
  sectionTo?: string;
  stk?: number;
  stkTo?: number;
  nr?: string;
  nrTo?: string;
  chapter?: string;
  chapterTo?: string;
}

/** "7a" → "7 a": the key as the act writes it. */
export const spelled = (key: string): string => key.replace(/^(\d+)(\D)$/u, '$1 $2');

/** The number of a key ("7a" → 7), for order. */
export const numberOf = (key: string): number => Number.parseInt(key, 10);

/** A key's place in an act's order: "7" < "7a" < "7b" < "8". */
export function keyOrder(a: string, b: string): number {
  return numberOf(a) - numberOf(b) || a.localeCompare(b, 'da');
}

const span = (from: string, to: string | undefined) => (to ? `${spelled(from)}-${spelled(to)}` : spelled(from));

/** How the card names a provision: "§ 7 a, stk. 2, nr. 3", "§§ 56-59", "stk. 2", "kapitel 19". */
export function provisionLabel(provision: Provision): string {
  const parts: string[] = [];
  if (provision.chapter) parts.push(`kapitel ${span(provision.chapter, provision.chapterTo)}`);
  if (provision.section) parts.push(`${provision.sectionTo ? '§§' : '§'} ${span(provision.section, provision.sectionTo)}`);
  if (provision.stk !== undefined) parts.push(`stk. ${span(String(provision.stk), provision.stkTo === undefined ? undefined : String(provision.stkTo))}`);
  if (provision.nr) parts.push(`nr. ${span(provision.nr, provision.nrTo)}`);
  return parts.join(', ');
}

/**
 * The anchor retsinformation.dk gives a § or chapter (`P7a`, `P56-59`, `K19`), which also opens
 * an act there from elsewhere; none for a bare stk.
 */
export function provisionAnchor(provision: Provision): string | undefined {
  if (provision.section) return `P${provision.section}`;
  if (provision.chapter) return `K${provision.chapter}`;
  return undefined;
}
