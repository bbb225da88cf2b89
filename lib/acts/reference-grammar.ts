import type { Provision } from './provision';

/**
 * One place in a text that names a provision, before anyone has asked which act it points into.
 * A list names several, each its own mention: "§§ 31 og 32" is "§§ 31" and "32"; "§ 7, stk. 1
 * og 2" is "§ 7, stk. 1" and "2", the second with the first one's §.
 */
export interface Mention {
  start: number;
  end: number;
  provision: Provision;
}

/** White space inside a block (acts' HTML breaks its lines anywhere); never the block boundary U+0000. */
const GAP = '[ \\t\\n\\r\\f\\u00a0\\u2009\\u202f]';
/** Where a reference may begin: a § sign, "stk." and "kapitel" before a number. */
const ANCHOR = new RegExp(`§§?|[Ss]tk(?=\\.|${GAP}*\\d)|[Kk]apitel(?=${GAP}+\\d)`, 'g');
/** A number and the letter an act adds to it: "7", "7 a", "7a", "12 æ". */
const NUMBER = new RegExp(`(\\d+)(?:${GAP}*([a-zæøåA-ZÆØÅ])(?![\\p{L}\\p{N}]))?`, 'uy');
/** After a capital letter ("§ 15 A i pensionsbeskatningsloven"): it is the §'s only before punctuation or "i"; else a word ("§ 7 I øvrigt"). */
const AFTER_CAPITAL = new RegExp(`(?:[,.;:)]|${GAP}+i${GAP}|${GAP}*$)`, 'uy');
const AFTER_SECTION = new RegExp(`${GAP}*`, 'y');
const AFTER_STK = new RegExp(`\\.?${GAP}*`, 'y');
const RANGE = new RegExp(`${GAP}*[-–]${GAP}*(?=\\d)`, 'y');
const LIST = new RegExp(`(?:${GAP}*,${GAP}*(?:(?:og|eller)${GAP}+)?|${GAP}+(?:og|eller|samt)${GAP}+)(?=\\d)`, 'y');
const STK = new RegExp(`,?${GAP}+stk\\.?${GAP}*(?=\\d)`, 'y');
const NR = new RegExp(`,?${GAP}+nr\\.?${GAP}*(?=\\d)`, 'y');
/** "2. pkt.", "1. og 2. pkt.": read as part of the reference before it, which it narrows no further here. */
const PKT = new RegExp(`,?${GAP}+\\d+\\.(?:${GAP}*(?:og|eller|-|–|,)${GAP}*\\d+\\.)*${GAP}*pkt\\.`, 'y');
/** A number that is really a sentence count ("stk. 1, 2. pkt."), not the next item of a list. */
const PKT_AHEAD = new RegExp(`\\.(?:${GAP}*(?:og|eller|-|–|,)${GAP}*\\d+\\.)*${GAP}*pkt`, 'y');
/** After "§ 13 i", a word: the preposition, not the letter i ("§ 13 i lov om sygedagpenge"; but "§ 143 i i lov om almene boliger"). */
const WORD_AFTER = new RegExp(`${GAP}+(?!(?:og|eller|samt|stk|nr|jf|i)(?![\\p{L}]))\\p{L}`, 'uy');
const BLANK = new RegExp(`^${GAP}*$`);
/** A § heading opening a block (or the text): "§ 7.", "§ 7 a.", "§§ 56-59.". */
const HEADING = new RegExp(`(?:^|\\u0000)${GAP}*§§?${GAP}*\\d+(?:${GAP}?[a-zæøå])?(?:${GAP}*[-–]${GAP}*\\d+(?:${GAP}?[a-zæøå])?)?\\.`, 'u');

const isLetter = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);

/** A § or item number with its letter at `at`: its key ("7a") and where it ends. */
function readKey(text: string, at: number): { key: string; end: number } | undefined {
  NUMBER.lastIndex = at;
  const found = NUMBER.exec(text);
  if (!found) return undefined;
  const digits = found[1] as string;
  let letter = found[2];
  if (letter && letter !== letter.toLowerCase()) {
    AFTER_CAPITAL.lastIndex = at + found[0].length;
    letter = AFTER_CAPITAL.test(text) ? letter.toLowerCase() : undefined;
  }
  if (letter === 'i') {
    WORD_AFTER.lastIndex = at + found[0].length;
    if (WORD_AFTER.test(text)) letter = undefined;
  }
  return letter ? { key: digits + letter, end: at + found[0].length } : { key: digits, end: at + digits.length };
}

/** Whether `pattern` (sticky) matches at `at`; its end, if so. */
function sticky(pattern: RegExp, text: string, at: number): number | undefined {
  pattern.lastIndex = at;
  return pattern.test(text) ? pattern.lastIndex : undefined;
}

/** At the start of a block: only white space between the block boundary (or the text's start) and `at`. */
function atBlockStart(text: string, at: number): boolean {
  for (let index = at - 1; index >= 0; index -= 1) {
    const char = text[index] as string;
    if (char === '\u0000') return true;
    if (!/\s/u.test(char)) return false;
  }
  return true;
}

/** Nothing but white space between `at` and the end of the block. */
function atBlockEnd(text: string, at: number): boolean {
  const boundary = text.indexOf('\u0000', at);
  return BLANK.test(text.slice(at, boundary < 0 ? undefined : boundary));
}

type Field = 'section' | 'stk' | 'nr' | 'chapter';
const TO: Record<Field, 'sectionTo' | 'stkTo' | 'nrTo' | 'chapterTo'> = { section: 'sectionTo', stk: 'stkTo', nr: 'nrTo', chapter: 'chapterTo' };

/**
 * Reads a key of `field` at `at`, with a range ("56-59") and, where `list`, the keys listed after
 * it ("1, 2 og 4"): each as a mention with `base` around it. Returns the mentions and where the
 * reading stopped; the first mention starts at `start` (the § sign or "stk." before the key).
 */
function readKeys(text: string, start: number, at: number, field: Field, base: Provision, list: boolean): { mentions: Mention[]; end: number } | undefined {
  const mentions: Mention[] = [];
  let from = start;
  let position = at;
  for (;;) {
    const key = readKey(text, position);
    if (!key) break;
    // "stk. 1, 2. pkt." counts sentences, and "jf. stk. 5, 2) deltage" starts the next item: no list goes on there.
    if (mentions.length > 0 && (text[key.end] === ')' || sticky(PKT_AHEAD, text, key.end) !== undefined)) break;
    const provision: Provision = { ...base };
    const value = field === 'stk' ? Number(key.key.replace(/\D+$/u, '')) : key.key;
    (provision as Record<string, unknown>)[field] = value;
    let end = key.end;
    const ranged = sticky(RANGE, text, end);
    const to = ranged === undefined ? undefined : readKey(text, ranged);
    if (to) {
      (provision as Record<string, unknown>)[TO[field]] = field === 'stk' ? Number(to.key.replace(/\D+$/u, '')) : to.key;
      end = to.end;
    }
    mentions.push({ start: from, end, provision });
    const next = list ? sticky(LIST, text, end) : undefined;
    if (next === undefined) break;
    from = next;
    position = next;
  }
  const last = mentions.at(-1);
  return last ? { mentions, end: last.end } : undefined;
}

/**
 * After a single § (or a bare stk.): its stk., the stk.'s items and sentence counts, each part
 * narrowing the mention; a list ("stk. 1 og 2") makes a mention of each, and ends the reference.
 */
function readParts(text: string, mentions: Mention[], at: number): number {
  let position = at;
  const narrow = (field: 'stk' | 'nr', pattern: RegExp) => {
    const only = mentions.length === 1 ? mentions[0] : undefined;
    if (!only) return;
    const { provision } = only;
    if (provision.sectionTo !== undefined || provision.stkTo !== undefined || provision[field] !== undefined) return;
    const from = sticky(pattern, text, position);
    const read = from === undefined ? undefined : readKeys(text, only.start, from, field, provision, true);
    if (!read) return;
    mentions.splice(0, 1, ...read.mentions);
    position = read.end;
  };
  narrow('stk', STK);
  narrow('nr', NR);
  const pkt = sticky(PKT, text, position);
  if (pkt !== undefined) {
    (mentions.at(-1) as Mention).end = pkt;
    position = pkt;
  }
  return position;
}

/**
 * Every mention of a provision in a text, in order: "§ 46", "§ 7 a", "§ 46, stk. 2, nr. 3",
 * "§§ 31 og 32", "§§ 56-59", "stk. 2", "kapitel 19". A provision's own heading — "§ 7 a." or
 * "Stk. 2." opening a block, "Kapitel 3" alone in one, "Stk. 2." anywhere — is not a mention.
 * Pure and quick: one regular expression finds the places, short sticky ones read them.
 */
export function findMentions(text: string): Mention[] {
  const out: Mention[] = [];
  ANCHOR.lastIndex = 0;
  for (let found = ANCHOR.exec(text); found; found = ANCHOR.exec(text)) {
    const start = found.index;
    const anchor = found[0];
    if (anchor[0] !== '§' && isLetter(text[start - 1])) continue;
    const afterAnchor = sticky(AFTER_SECTION, text, start + anchor.length) ?? start + anchor.length;
    let read: { mentions: Mention[]; end: number } | undefined;
    if (anchor[0] === '§') {
      read = readKeys(text, start, afterAnchor, 'section', {}, anchor === '§§');
      if (!read) continue;
      // A provision's heading: "§ 7 a." or "§§ 56-59." opening a block, or "§ 167" alone in one.
      if (read.mentions.length === 1 && atBlockStart(text, start) && (text[read.end] === '.' || atBlockEnd(text, read.end))) {
        ANCHOR.lastIndex = read.end;
        continue;
      }
      if (read.mentions.length === 1) read.end = readParts(text, read.mentions, read.end);
    } else if (anchor[0] === 'S' || anchor[0] === 's') {
      const at = sticky(AFTER_STK, text, start + anchor.length) ?? start + anchor.length;
      read = readKeys(text, start, at, 'stk', {}, true);
      if (!read) continue;
      const heading = text[read.end] === '.' && (anchor[0] === 'S' || atBlockStart(text, start));
      if (heading) {
        ANCHOR.lastIndex = read.end;
        continue;
      }
      if (read.mentions.length === 1) read.end = readParts(text, read.mentions, read.end);
    } else {
      read = readKeys(text, start, afterAnchor, 'chapter', {}, true);
      if (!read) continue;
      if (read.mentions.length === 1 && atBlockStart(text, start) && atBlockEnd(text, read.end)) {
        ANCHOR.lastIndex = read.end;
        continue;
      }
    }
    out.push(...read.mentions);
    ANCHOR.lastIndex = Math.max(read.end, start + 1);
  }
  return out;
}

/** Whether a text holds a provision's heading ("§ 7." opening a block): a page that holds an act. */
export function holdsProvisions(text: string): boolean {
  return HEADING.test(text);
}
