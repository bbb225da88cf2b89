import type { Provision } from './provision';

/** A piece of a provision's text, by position. */
export interface Piece {
  from: number;
  to: number;
}

const STK_HEADING = /(?:^|\s)(Stk\.[ \u00a0]*(\d+)(?:[ \u00a0]*[-–][ \u00a0]*(\d+))?\.)(?=\s)/gu;
const ITEM_HEADING = /(?:^|[\s(])((\d+)(?:[ \u00a0]?([a-zæøå]))?\))(?=\s)/gu;
/** A number that closes a parenthesis after a reference ("(jf. § 3)"), not an item's heading. */
const REFERENCE_BEFORE = /(?:§§?|stk\.|nr\.)[\s\u00a0]*$/u;

/** The headings of a run of numbered parts, in order: each the one before it or its next number ("1)", "1 a)", "2)"). */
function headings(text: string, pattern: RegExp, from: number, to: number): { key: string; at: number }[] {
  const out: { key: string; at: number }[] = [];
  pattern.lastIndex = from;
  let expected = pattern === STK_HEADING ? 2 : 1;
  for (let found = pattern.exec(text); found && found.index < to; found = pattern.exec(text)) {
    const heading = found[1] as string;
    const at = found.index + found[0].length - heading.length;
    const number = Number(found[2]);
    const item = pattern === ITEM_HEADING;
    const letter = item ? (found[3] ?? '') : '';
    // "Stk. 2-3. (Udelades)" heads both.
    const through = item || found[3] === undefined ? number : Number(found[3]);
    if (item && REFERENCE_BEFORE.test(text.slice(Math.max(0, at - 8), at))) continue;
    const follows = number === expected || (letter !== '' && number === expected - 1);
    if (!follows || through < number) continue;
    for (let key = number; key <= through; key += 1) out.push({ key: `${key}${letter}`, at });
    if (letter === '') expected = through + 1;
  }
  return out;
}

/** The part between a heading and the next, from `first` through `last` (keys). */
function between(list: readonly { key: string; at: number }[], first: string, last: string, end: number): Piece | undefined {
  const start = list.findIndex((heading) => heading.key === first);
  const stop = list.findIndex((heading) => heading.key === last);
  if (start < 0 || stop < start) return undefined;
  const from = (list[start] as { at: number }).at;
  const stopAt = (list[stop] as { at: number }).at;
  return { from, to: list.find((heading) => heading.at > stopAt)?.at ?? end };
}

/**
 * Where a § 's stk. and item stand in its text (the § heading, and each stk. and item as the page
 * has them, in order): "Stk. 2." to the next stk. heading; stk. 1 from the start to "Stk. 2.";
 * item "3)" to "4)" (items of the stk., or of the § before its first stk. heading). A range runs
 * to the end of its last part. Undefined when the text does not hold the part. Pure.
 */
export function pieceOf(text: string, provision: Pick<Provision, 'stk' | 'stkTo' | 'nr' | 'nrTo'>): Piece | undefined {
  let piece: Piece | undefined = { from: 0, to: text.length };
  if (provision.stk !== undefined || provision.nr !== undefined) {
    const stks = [{ key: '1', at: 0 }, ...headings(text, STK_HEADING, 0, text.length)];
    const stk = String(provision.stk ?? 1);
    piece = between(stks, stk, String(provision.stkTo ?? stk), text.length);
  }
  if (!piece || provision.nr === undefined) return piece;
  const items = headings(text, ITEM_HEADING, piece.from, piece.to);
  return between(items, provision.nr, provision.nrTo ?? provision.nr, piece.to);
}

/** A text cut to about `limit` characters at a word, with "…" when it was longer. */
export function shortened(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.lastIndexOf(' ', limit);
  return `${text.slice(0, cut > limit / 2 ? cut : limit)} …`;
}
