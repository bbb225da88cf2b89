import { keyOrder, pieceOf, provisionLabel, spelled, type Provision } from '../acts';

/** A provision found on the page: what it is called, its text, and where it stands. */
export interface FoundProvision {
  /** "§ 7 a, stk. 2". */
  label: string;
  /** Its text as the page shows it, white space folded; a § from its start. */
  text: string;
  /** The blocks it stands in: scrolled to and flashed by "Gå til". */
  range: Range;
  /** An id on the page at that place, for the address (`P7a`), where there is one. */
  anchor?: string;
}

/** A § (or §§ range) and the blocks after its heading, up to the next heading. */
interface Group {
  key: string;
  blocks: Element[];
  /** Which act on the page it belongs to: a page may hold several (the § numbers start again). */
  act: number;
  /** An amending act's provision quoted after the act (retsinformation.dk's notes on entry into force). */
  foreign: boolean;
}

/** Where a block stands: in a § group (or a heading), in which act on the page, inside the amending acts' notes or not. */
interface Place {
  group?: Group;
  act: number;
  foreign: boolean;
}

interface Chapter {
  key: string;
  blocks: Element[];
  act: number;
  first?: string;
  last?: string;
}

/** Elements that may hold a provision's heading or text; of nested ones only the innermost counts. */
const BLOCKS = 'p, li, dd, dt, td, th, h1, h2, h3, h4, h5, h6, blockquote, div, pre, hr';
/** retsinformation.dk's headings between provisions, and any heading: they end a provision. */
const HEADING_CLASSES = /\b(?:Kapitel\w*|ParagrafGruppeOverskrift|Titel\w*|Afsnit\w*|Overskrift\w*)\b/u;
/** retsinformation.dk's notes after the act: the amending acts' own provisions, not the act's. */
const AMENDMENT_NOTES = /\b(?:IKraftStreg|IkraftTekst)\b/u;
const SECTION_HEADING = /^§§?\s*(\d+)(?:\s?([a-zæøå]))?(?:\s*[-–]\s*\d+(?:\s?[a-zæøå])?)?\s*(\.|$)/u;
const CHAPTER_HEADING = /^Kapitel\s+(\d+)(?:\s?([a-zæøå]))?\s*$/u;

const folded = (element: Element) => (element.textContent ?? '').replace(/\s+/gu, ' ').trim();

/** The start of an element's text, without reading all of it. */
function leadingText(element: Element, enough = 40): string {
  const walker = element.ownerDocument.createTreeWalker(element, SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node && text.trim().length < enough; node = walker.nextNode()) text += (node as Text).data;
  return text.replace(/\s+/gu, ' ').trim();
}

const SHOW_TEXT = 0x4;
const PRECEDING = 2;
const CONTAINS = 8;

/**
 * The provisions on a page, by § and chapter, from retsinformation.dk's markup (`Paragraf` with
 * `ParagrafNr`, `Stk2`, `Liste1`, `Kapitel`) or any page whose blocks start "§ 7." and "Stk. 2."
 * (the text decides, not the class names). Where the § numbers start again, another act begins
 * (a page that holds several). Built the first time a reference's card asks, not while the page
 * is read.
 */
export function indexProvisions(document: Document) {
  const blocks = [...document.body.querySelectorAll(BLOCKS)].filter((element) => !element.querySelector(BLOCKS));
  const groups: Group[] = [];
  const chapters: Chapter[] = [];
  /** For each block, the § group it belongs to (none for a heading) and the act it stands in. */
  const placeOf = new Map<Element, Place>();
  let act = 0;
  let current: Group | undefined;
  let chapter: Chapter | undefined;
  let foreign = false;
  for (const block of blocks) {
    const className = typeof block.className === 'string' ? block.className : '';
    const lead = block.localName === 'hr' ? '' : leadingText(block);
    const section = SECTION_HEADING.exec(lead);
    const chapterHeading = CHAPTER_HEADING.exec(lead);
    if (AMENDMENT_NOTES.test(className)) {
      foreign = true;
      current = undefined;
    } else if (section) {
      const key = `${section[1] as string}${section[2] ?? ''}`;
      const previous = groups.findLast((group) => !group.foreign);
      // The § numbers start again: another act on the same page.
      if (!foreign && previous?.act === act && keyOrder(key, previous.key) <= 0) act += 1;
      current = { key, blocks: [block], act, foreign };
      groups.push(current);
      if (chapter?.act === act && !foreign) {
        chapter.first ??= key;
        chapter.last = key;
      }
    } else if (chapterHeading && !foreign) {
      current = undefined;
      const key = `${chapterHeading[1] as string}${chapterHeading[2] ?? ''}`;
      const previous = chapters.at(-1);
      if (previous?.act === act && keyOrder(key, previous.key) <= 0 && groups.at(-1)?.act === act) act += 1;
      chapter = { key, blocks: [block], act };
      chapters.push(chapter);
    } else if (/^h[1-6]$/u.test(block.localName) || HEADING_CLASSES.test(className)) {
      current = undefined;
      // The chapter's title under its heading.
      if (chapter && chapter.blocks.length === 1 && !chapter.first) chapter.blocks.push(block);
    } else if (current && block.localName !== 'hr') {
      current.blocks.push(block);
    }
    placeOf.set(block, { ...(current ? { group: current } : {}), act, foreign });
  }
  return createIndex(document, blocks, groups, chapters, placeOf);
}

function createIndex(document: Document, blocks: Element[], groups: Group[], chapters: Chapter[], placeOf: Map<Element, Place>) {
  const sections = new Map<string, Group>();
  for (const group of groups) if (!group.foreign) sections.set(`${group.act}:${group.key}`, group);
  const chapterOf = new Map(chapters.map((chapter) => [`${chapter.act}:${chapter.key}`, chapter]));

  /** The block a node stands in, or the last one before it: by halving, in document order. */
  const blockAt = (node: Node): Element | undefined => {
    let low = 0;
    let high = blocks.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      const block = blocks[middle] as Element;
      const position = node.compareDocumentPosition(block);
      if (block === node || (position & (PRECEDING | CONTAINS)) !== 0) low = middle + 1;
      else high = middle;
    }
    return blocks[low - 1];
  };

  const rangeOf = (from: Element, to: Element) => {
    const range = document.createRange();
    range.setStartBefore(from);
    range.setEndAfter(to);
    return range;
  };

  const anchorOf = (block: Element, preferred?: string): string | undefined => {
    const byKey = preferred ? document.getElementById(preferred) : null;
    if (byKey && (block === byKey || block.contains(byKey))) return preferred;
    return block.id || block.querySelector('[id]')?.id || undefined;
  };

  /** A § group's text, its blocks' texts one a line, and where each block's text starts. */
  const textOf = (group: { blocks: Element[] }) => {
    const starts: number[] = [];
    let text = '';
    for (const block of group.blocks) {
      if (text) text += '\n';
      starts.push(text.length);
      text += folded(block);
    }
    return { text, starts };
  };

  return {
    /** Whether the page holds any provision at all. */
    get empty() {
      return groups.length === 0 && chapters.length === 0;
    },
    /** Whether the blocks indexed are still the page's. */
    get current() {
      return blocks.every((block, index) => index % 50 !== 0 || block.isConnected);
    },
    /**
     * The provision a reference at `node` points to on this page: its § (a bare stk.: the § the
     * reference stands in) in the act the reference stands in. Nothing for a reference inside an
     * amending act's quoted provisions, unless it names that provision's own stk.
     */
    find(node: Node, provision: Provision): FoundProvision | undefined {
      const block = blockAt(node);
      const place = block ? placeOf.get(block) : undefined;
      const act = place?.act ?? 0;
      // Inside an amending act's quoted provisions, a § or chapter is that act's: only their own stk. are on the page.
      if (place?.foreign && (provision.section !== undefined || provision.chapter !== undefined)) return undefined;
      if (provision.chapter !== undefined) {
        const found = chapterOf.get(`${act}:${provision.chapter}`);
        if (!found) return undefined;
        const span = found.first ? ` (§§ ${spelled(found.first)}-${spelled(found.last ?? found.first)})` : '';
        const first = found.blocks[0] as Element;
        return {
          label: provisionLabel(provision),
          text: `${found.blocks.map(folded).join(' – ')}${span}`,
          range: rangeOf(first, found.blocks.at(-1) as Element),
          ...anchorFor(anchorOf(first, `K${found.key}`)),
        };
      }
      const group = provision.section === undefined ? place?.group : sections.get(`${act}:${provision.section}`);
      if (!group) return undefined;
      const { text, starts } = textOf(group);
      const piece = pieceOf(text, provision);
      if (!piece) return undefined;
      const blockIndex = (at: number) => Math.max(0, starts.findLastIndex((start) => start <= at));
      const first = group.blocks[blockIndex(piece.from)] as Element;
      const last = group.blocks[blockIndex(Math.max(piece.from, piece.to - 1))] as Element;
      const whole = { ...provision, section: group.key };
      return {
        label: provisionLabel(whole),
        text: text.slice(piece.from, piece.to).trim(),
        range: rangeOf(first, last),
        ...anchorFor(anchorOf(first, `P${group.key}`) ?? anchorOf(group.blocks[0] as Element, `P${group.key}`)),
      };
    },
  };
}

const anchorFor = (anchor: string | undefined) => (anchor ? { anchor } : {});

export type ProvisionIndex = ReturnType<typeof indexProvisions>;
