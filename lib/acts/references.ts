import type { Match } from '../matcher/create-matcher';
import { actOf } from './act-names';
import type { Provision } from './provision';
import { findMentions, type Mention } from './reference-grammar';

/**
 * A reference to a provision, and the act it points into: this page's own (no `act`), another act
 * of the register (`act`), or an act the register does not know (`unknownAct`: shown nowhere).
 */
export interface Reference {
  start: number;
  end: number;
  provision: Provision;
  /** Another act of the register, by id. */
  act?: string;
  /** Into an act the register does not know ("§ 8 i lov nr. 879", "straffelovens § 10"). */
  unknownAct?: true;
}

/** The entry id every reference is painted under: never a glossary id (ids are a-z, 0-9 and -) nor an act's (`lov:`). */
export const REFERENCE_ID = '§';

export const isReferenceId = (entryId: string): boolean => entryId === REFERENCE_ID;

const GAP = '[ \\t\\n\\r\\f\\u00a0]';
/** What may stand between two references of one chain: "§ 11, § 12, stk. 1, §§ 13 og 14". */
const CHAIN_GAP = new RegExp(`^${GAP}*(?:,${GAP}*)?(?:(?:og|eller|samt|og/eller|henholdsvis|sammenholdt${GAP}+med)${GAP}+)?$`);
/** Between a reference into another act and the next: "straffelovens § 69, jf. § 68" is the same act's § 68. */
const SAME_ACT_GAP = new RegExp(`^,?${GAP}*jf\\.${GAP}*(?:dog${GAP}+)?(?:også${GAP}+)?$`);
/** Before a bare "stk. 13" that belongs to the § just cited: "efter § 53, stk. 8, jf. stk. 13", "i § 74 a, bortset fra stk. 1, nr. 5". */
// Not after "jf. dog": "efter § 19, stk. 6, jf. dog stk. 4, 7 og 11" makes exceptions in the § it stands in.
const SAME_SECTION_GAP = new RegExp(`^,?${GAP}*(?:jf\\.|(?:dog${GAP}+)?bortset${GAP}+fra|med${GAP}+undtagelse${GAP}+af)${GAP}*$`);
/** An act named by its title right before the § without "i" ("omfattet af lov om medicinsk udstyr § 2 b"): not this one. */
// Not "i lov om social service og § 90 i barnets lov": a title has no "og" in it here.
const TITLE_BEFORE = new RegExp(`(?:^|[^\\p{L}])[Ll]ov${GAP}+om(?:${GAP}+(?!(?:og|eller|samt|jf)(?![\\p{L}]))[\\p{L}-]+){1,8},?${GAP}*$`, 'u');
/**
 * Between two chains whose second names another act: "jobrettet uddannelse efter kapitel 9 og
 * tilbud efter kapitel 11-14 i lov om en aktiv beskæftigelsesindsats", "§ 17, stk. 3-5, og regler
 * udstedt i medfør af § 17, stk. 8, i lov om …": the first may be that act's too.
 */
const ELLIPSIS_GAP = new RegExp(`^,?${GAP}+(?:og|eller)${GAP}+(?:[\\p{L}-]+${GAP}+){0,5}?(?:efter|i${GAP}+medfør${GAP}+af)${GAP}+$`, 'u');
/** A reference to an act's former wording, not the provision as it reads now. */
const FORMER_BEFORE = new RegExp(`(?:tidligere|hidtil)${GAP}+gældende${GAP}*$`, 'u');
/** An act named with the consolidation meant ("lov om aktiv socialpolitik, jf. lovbekendtgørelse nr. 1031"): a version, maybe not the current one. */
const VERSION_AFTER = new RegExp(`^,?${GAP}*jf\\.${GAP}*(?:lov|lovbekendtgørelse|bekendtgørelse)${GAP}+nr\\.`, 'u');
/** A chain's act named after it: ", i" / " i" before the act. */
const AFTER_CHAIN = new RegExp(`,?${GAP}+i${GAP}+`, 'y');
/** An act of the register named right after a chain without "i": "§ 85 serviceloven", "§ 11 LAS". */
const BESIDE_CHAIN = new RegExp(`,?${GAP}+`, 'y');
const THIS_ACT_AFTER = /^(?:denne|nærværende)\s+lov(?![\p{L}])/u;
/** "i loven", "i lovens kapitel 10": this act, or the act named just before ("… i lov om retssikkerhed … bortset fra § 66 i lovens kapitel 10"). */
const THE_ACT_AFTER = /^lovens?(?![\p{L}])/u;
/** How near an act named before must stand for "lovens" to be that act, in characters, within one block. */
const RECENT = 200;
const SAME_ACT_AFTER = /^samme\s+lov(?![\p{L}])/u;
/** Words that name a document: an act, an executive order, a directive (any of the register's acts is matched before). */
const DOCUMENT = '(?:[\\p{L}-]*(?:lov|love|loven|lovene|lovbekendtgørelse|lovbekendtgørelsen|bekendtgørelse|bekendtgørelsen|direktiv|direktivet|forordning|forordningen|konvention|konventionen|cirkulære|cirkulæret|traktat|traktaten|regulativ|regulativet|vedtægt|vedtægten)|EU|EF|EØS|Rådets|Kommissionens|Europa-Parlamentets)(?![\\p{L}])';
const OTHER_DOCUMENT_AFTER = new RegExp(`^${DOCUMENT}`, 'u');
const OLDER_RULES_AFTER = new RegExp(`^(?:den|det|de)\\s+(?:[\\p{L}\\p{N}.-]+\\s+){0,7}?(?:${DOCUMENT}|regler|reglerne|bestemmelser|bestemmelse|lovgivning)`, 'u');
const OTHER_DOCUMENT_BEFORE = new RegExp(`^(?:[\\p{L}-]*(?:loven|lovens|lovs|lovbekendtgørelsens|bekendtgørelsens|bekendtgørelses|direktivets|forordningens|konventionens|cirkulærets|traktatens|regulativets|vedtægtens))$`, 'u');

/** Soft hyphens and zero-width joiners, which acts' texts carry inside words ("adop\u200dtionsloven"). */
const unjoined = (text: string) => text.replace(/[\u00ad\u200b-\u200d\u2060]/gu, '');

type Into = { act?: string; unknownAct?: true };
const HERE: Into = {};
const UNKNOWN: Into = { unknownAct: true };

/** Where a sticky pattern that matches at `at` ends. */
function stickyEnd(pattern: RegExp, text: string, at: number): number | undefined {
  pattern.lastIndex = at;
  return pattern.test(text) ? pattern.lastIndex : undefined;
}

/** The acts named in a text, by where each starts and ends. */
interface NamedActs {
  starting: ReadonlyMap<number, { act: string; end: number }>;
  ending: ReadonlyMap<number, string>;
}

/** The act a chain's text says it points into, from what stands before it. */
function actBefore(text: string, start: number, named: NamedActs, recent: Into | undefined): Into | undefined {
  let at = start;
  while (at > 0 && isSpace(text.charCodeAt(at - 1))) at -= 1;
  const act = named.ending.get(at);
  if (act) return { act };
  // The two words before, read backwards by hand: a regular expression anchored at the end tries every start.
  const [word, previous] = wordsBefore(text, at);
  if (word === 'gældende' && FORMER_BEFORE.test(text.slice(Math.max(0, at - 40), at))) return UNKNOWN;
  if (word === 'lovens' || word === 'loven') return recent ?? HERE;
  if (word === 'lovs' && (previous === 'denne' || previous === 'nærværende')) return HERE;
  return word && OTHER_DOCUMENT_BEFORE.test(word) ? UNKNOWN : undefined;
}

const isSpace = (code: number) => code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2009 || code === 0x202f;
/** Letters, digits-free words and hyphens; soft hyphens and zero-width joiners inside words are passed over. */
const isWordCode = (char: string) => /[\p{L}\u00ad\u200b-\u200d\u2060-]/u.test(char);

/** The last two words before `at` (lower case, without soft hyphens and joiners), white space only between them. */
function wordsBefore(text: string, at: number): [string | undefined, string | undefined] {
  const words: string[] = [];
  let end = at;
  for (let count = 0; count < 2; count += 1) {
    let start = end;
    while (start > 0 && start > at - 60 && isWordCode(text[start - 1] as string)) start -= 1;
    if (start === end) break;
    words.push(unjoined(text.slice(start, end)).toLowerCase());
    end = start;
    while (end > 0 && isSpace(text.charCodeAt(end - 1))) end -= 1;
    if (end === start) break;
  }
  return [words[0], words[1]];
}

/**
 * The act named after a chain ("§ 13 i lov om sygedagpenge", "§ 4, nr. 5, i lov nr. 879"), and
 * where its name ends; `previous` for "i samme lov".
 */
function actAfter(text: string, end: number, named: NamedActs, previous: Into, recent: Into | undefined): { into: Into; end: number } | undefined {
  const withI = stickyEnd(AFTER_CHAIN, text, end);
  const at = withI ?? stickyEnd(BESIDE_CHAIN, text, end);
  if (at === undefined) return undefined;
  const act = named.starting.get(at);
  if (act) return { into: VERSION_AFTER.test(text.slice(act.end, act.end + 40)) ? UNKNOWN : { act: act.act }, end: act.end };
  if (withI === undefined) return undefined;
  const rest = unjoined(text.slice(at, at + 80));
  if (THIS_ACT_AFTER.test(rest)) return { into: HERE, end: at };
  if (THE_ACT_AFTER.test(rest)) return { into: recent ?? HERE, end: at };
  if (SAME_ACT_AFTER.test(rest)) return { into: previous, end: at };
  if (OTHER_DOCUMENT_AFTER.test(rest) || OLDER_RULES_AFTER.test(rest)) return { into: UNKNOWN, end: at };
  return undefined;
}

/** Mentions in chains: those joined only by commas, "og", "eller" or "samt" share their act. */
function chains(text: string, mentions: readonly Mention[]): Mention[][] {
  const out: Mention[][] = [];
  let current: Mention[] = [];
  for (const mention of mentions) {
    const last = current.at(-1);
    if (last && !CHAIN_GAP.test(text.slice(last.end, mention.start))) {
      out.push(current);
      current = [];
    }
    current.push(mention);
  }
  if (current.length > 0) out.push(current);
  return out;
}

/**
 * The references to provisions in a text, each with the act it points into: the act named just
 * before ("sygedagpengelovens § 7", "LAS § 11", "lovens § 7") or just after it ("§ 13 i lov om
 * sygedagpenge", "§ 2 i denne lov", "§ 17 b i samme lov"), for every reference of a chain
 * ("§§ 13, 14 og 16 i lov om …"); else this page's act. `matches` are the page matcher's matches
 * in the text, where acts are found by name (`lov:<id>`); a reference to the page's own act by
 * name is this page's. A bare "stk. 2" in a chain after a § is that §'s ("§ 12, stk. 1, og stk. 3").
 */
export function findReferences(text: string, matches: readonly Match[], pageAct?: string): Reference[] {
  const mentions = findMentions(text);
  if (mentions.length === 0) return [];
  const starting = new Map<number, { act: string; end: number }>();
  const ending = new Map<number, string>();
  for (const match of matches) {
    const act = actOf(match.entryId);
    if (act === undefined) continue;
    starting.set(match.start, { act, end: match.end });
    ending.set(match.end, act);
  }
  const named: NamedActs = { starting, ending };
  const out: Reference[] = [];
  /** The chain before: where it points, where its naming ends, where its references start in `out`, whether it only defaulted to this act. */
  let previous = { into: HERE, end: -1, from: 0, defaulted: false, section: undefined as string | undefined };
  for (const chain of chains(text, mentions)) {
    const first = chain[0] as Mention;
    const last = chain.at(-1) as Mention;
    const near = previous.into !== HERE && first.start - previous.end <= RECENT && !text.slice(previous.end, first.start).includes('\u0000');
    const recent = near ? previous.into : undefined;
    const before = actBefore(text, first.start, named, recent);
    const after = before ? undefined : actAfter(text, last.end, named, previous.into, recent);
    // "straffelovens § 69, jf. § 68": a chain that only explains one into another act is that act's.
    const explaining = SAME_ACT_GAP.test(text.slice(previous.end, first.start));
    const explains = explaining && previous.into !== HERE ? previous.into : undefined;
    // An unknown act's title just before ("lov om boligbyggeri, § 68") decides only where nothing else does.
    const lead = text.slice(Math.max(0, first.start - 80), first.start);
    const titled = /ov\s+om/u.test(lead) && TITLE_BEFORE.test(unjoined(lead)) ? UNKNOWN : undefined;
    let into = before ?? after?.into ?? explains ?? titled ?? HERE;
    if (into.act !== undefined && into.act === pageAct) into = HERE;
    // "§ 10, jf. § 9, stk. 2, i ældreloven": the § explained may be the other act's too; never this page's then.
    const elliptic = ELLIPSIS_GAP.test(text.slice(previous.end, first.start));
    if ((explaining || elliptic) && previous.defaulted && after !== undefined && into !== HERE) {
      for (const reference of out.slice(previous.from)) if (reference.provision.section !== undefined) Object.assign(reference, UNKNOWN);
    }
    // A bare stk. right after a § cited ("§ 53, stk. 8, jf. stk. 13") is that §'s.
    let section = SAME_SECTION_GAP.test(text.slice(previous.end, first.start)) ? previous.section : undefined;
    previous = { into, end: after?.end ?? last.end, from: out.length, defaulted: !before && !after && !explains && !titled, section: undefined };
    for (const mention of chain) {
      const provision = mention.provision.section === undefined && mention.provision.chapter === undefined && section !== undefined ? { section, ...mention.provision } : mention.provision;
      section = provision.section;
      // A bare "stk. 2" is the stk. of the § it stands in, whatever act the chain goes on into
      // ("efter stk. 2 og § 13 i lov om sygedagpenge"); after "jf." explaining another act's §, nobody's.
      const bare = provision.section === undefined && provision.chapter === undefined;
      const target = !bare ? into : into === explains && explains !== undefined ? UNKNOWN : HERE;
      out.push({ start: mention.start, end: mention.end, provision, ...target });
    }
    previous.section = section;
  }
  return out;
}
