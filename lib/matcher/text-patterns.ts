/** The text a reader sees: soft hyphens removed, white space runs as one space. */
export function visibleText(text: string): string {
  return text.replace(/\u00ad/gu, '').replace(/\s+/gu, ' ');
}

/** A literal string as a regex source. */
export const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
