import { foldDanish } from './fold-danish';

export interface TextPart {
  text: string;
  marked: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Splits text into parts, marking the words that a query word begins (folded the way the index
 * folds them, so "aaben" marks "Åben"). Plain data: the view renders it as text, never as HTML.
 */
export function markMatches(text: string, query: string): TextPart[] {
  const wanted = [...query.matchAll(WORD)].map((match) => foldDanish(match[0])).filter((word) => word.length > 1);
  if (wanted.length === 0) return [{ text, marked: false }];
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    const folded = foldDanish(match[0]);
    if (!wanted.some((word) => folded.startsWith(word))) continue;
    if (match.index > last) parts.push({ text: text.slice(last, match.index), marked: false });
    parts.push({ text: match[0], marked: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), marked: false });
  return parts;
}
