/** The text a reader sees: soft hyphens removed, white space runs as one space. */
export function visibleText(text: string): string {
  return text.replace(/\u00ad/gu, '').replace(/\s+/gu, ' ');
}

/** A literal string as a regex source. */
export const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const SOFT_HYPHENS = /\u00ad/gu;

/** A word without its soft hyphens ("fleks\u00adjob" is "fleksjob"). */
export const withoutSoftHyphens = (word: string) => (word.includes('\u00ad') ? word.replace(SOFT_HYPHENS, '') : word);

/** Separators compare with white-space runs (NBSP, line breaks, soft hyphens) folded to one space. */
export const foldGap = (gap: string) => gap.replace(/[\s\u00ad]+/gu, ' ');
