import { analyseQuery, stemFolded } from './analyse-danish';
import { foldDanish } from './fold-danish';

export interface TextPart {
  text: string;
  marked: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Splits text into parts, marking the words a query word begins or shares a stem with, folded
 * the way the index folds them ("aaben" marks "Åben", "hjælpemidlerne" marks "hjælpemidler").
 * Stop words of the query mark nothing ("til", "på"). Plain data: the view renders it as text,
 * never as HTML.
 */
export function markMatches(text: string, query: string): TextPart[] {
  const { words, terms } = analyseQuery(query);
  const wanted = words.map((word, at) => ({ word, stem: terms[at] ?? word })).filter(({ word }) => word.length > 1);
  if (wanted.length === 0) return [{ text, marked: false }];
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    const folded = foldDanish(match[0]);
    const stem = stemFolded(folded);
    if (!wanted.some(({ word, stem: wantedStem }) => folded.startsWith(word) || stem.startsWith(wantedStem))) continue;
    if (match.index > last) parts.push({ text: text.slice(last, match.index), marked: false });
    parts.push({ text: match[0], marked: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), marked: false });
  return parts;
}
