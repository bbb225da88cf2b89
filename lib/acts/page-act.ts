import { actOf } from './act-names';

/** "2024/280" from a retsinformation.dk address of the act (`…/eli/lta/2024/280`, with or without `#P7a`). */
export function eliKey(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const found = /^https?:\/\/(?:www\.)?retsinformation\.dk\/eli\/(?:lta|accn|ft|retsinfo)\/(\d{4})\/(\d+)(?:[/?#]|$)/i.exec(url);
  return found ? `${found[1]}/${found[2]}` : undefined;
}

/** The acts' addresses on retsinformation.dk, current and earlier, by {@link eliKey}: what the content script carries. */
export type ActsByEli = Readonly<Record<string, string>>;

/**
 * The act a page holds: the one its address names on retsinformation.dk, else the one act its
 * title names ("Bekendtgørelse af lov om social service", "Serviceloven § 112 – Aarhus Kommune").
 * A title that names several acts (or none) says nothing. `findIn` lists the entry ids the page
 * matcher finds in a text (acts as `lov:<id>`).
 */
export function actOfPage(
  page: { url?: string; title?: string },
  byEli: ActsByEli,
  findIn: (text: string) => readonly string[],
): string | undefined {
  const key = eliKey(page.url);
  if (key && byEli[key]) return byEli[key];
  if (!page.title) return undefined;
  const named = new Set(findIn(page.title).map(actOf).filter((id): id is string => id !== undefined));
  return named.size === 1 ? [...named][0] : undefined;
}
