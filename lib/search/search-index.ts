import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import type { GlossaryEntry } from '../glossary/schema';
import { analyseQuery, foldAndStem, isStopWord, tokenize } from './analyse-danish';
import { createClosestNames } from './did-you-mean';
import { createNamePrefixes } from './name-prefix';
import { prepareOver } from './prepared';
import { belongsToAct, createSectionLookup, parseSectionQuery, type SearchAct } from './section-lookup';
import { planQuery, wordMatches } from './search-query';
import { Vocabulary } from './vocabulary';

export type { SearchAct } from './section-lookup';

/** The fields that name an entry; a query of one or two letters searches these only. */
const NAME_FIELDS = ['term', 'abbreviations', 'aliases', 'exactNames', 'englishTerm'] as const;
/** Every field searched: names, then the words people use that are not names, then the texts. */
const FIELDS = [...NAME_FIELDS, 'searchWords', 'summary', 'description'] as const;
/** Fields of running text, where stop words are left out of the index. */
const PROSE = new Set<string>(['searchWords', 'summary', 'description']);

/** Names above search words above summaries above descriptions. */
const BOOST = { term: 3, abbreviations: 3, aliases: 2, exactNames: 2, englishTerm: 1, searchWords: 2.5, summary: 1.5, description: 0.8 };

/**
 * Options of the index. Abbreviations are matched as words here (a search for "ips" finds IPS);
 * only the page matcher is case-sensitive. `collect` hears every word indexed and its field (the vocabulary).
 */
function indexOptions(collect?: (term: string, field?: string) => void): Options<GlossaryEntry> {
  return {
    fields: [...FIELDS],
    storeFields: ['id'],
    tokenize,
    processTerm: (term, field) => {
      const { folded, stem } = foldAndStem(term);
      if (field && PROSE.has(field) && isStopWord(folded)) return null;
      collect?.(stem, field);
      return stem;
    },
    extractField: (entry, field) => {
      const value: unknown = entry[field as keyof GlossaryEntry];
      if (typeof value === 'string') return value;
      return Array.isArray(value) ? value.filter((item) => typeof item === 'string').join(' ') : '';
    },
    searchOptions: { boost: BOOST },
  };
}

/**
 * The order of results, first to last: the entry the query names exactly; the one entry that has
 * the query as a search word; entries a name of which begins with the query; entries that match
 * every (rare enough) word; entries that match some.
 */
export const TIER = { name: 5, searchWord: 4, namePrefix: 3, allWords: 2, someWords: 1 } as const;

/** A result: the entry, its score within its tier, and its tier (`TIER`). */
export interface SearchHit {
  id: string;
  score: number;
  tier: number;
}

export interface GlossarySearch {
  /** Entry ids, best first. A query that is exactly one entry's name puts that entry first. */
  search(query: string): string[];
  /** The same, with scores and tiers, so that two searches can be merged. */
  hits(query: string): SearchHit[];
  /** The entry the query names exactly, if any. */
  exact?(query: string): string | undefined;
  /** For a query that found nothing: the entries whose names are closest to it, best first. */
  suggest?(query: string): string[];
  /** The steps that prepare now what the first query would (the names' words, their pieces), one task each. */
  prepare?(): (() => void)[];
}

/** The index as the build serialises it, so that the panel loads it instead of building it. */
export function serialisedSearchIndex(glossary: readonly GlossaryEntry[]): string {
  const index = new MiniSearch<GlossaryEntry>(indexOptions());
  index.addAll(glossary);
  return JSON.stringify(index);
}

/** Fields whose words name an entry (names and search words): the compounds a word ends are looked up among these. */
const NAMING_FIELDS: readonly string[] = [...NAME_FIELDS, 'searchWords'];

/** Hears the words indexed, and which of them name entries. */
function vocabularyCollector() {
  const terms = new Set<string>();
  const names = new Set<string>();
  return {
    add: (term: string, field?: string) => {
      terms.add(term);
      if (field && NAMING_FIELDS.includes(field)) names.add(term);
    },
    vocabulary: () => new Vocabulary(terms, names),
  };
}

/**
 * Search over the glossary. With `serialised` (from the build) the index is loaded, not built:
 * the panel shows its first results sooner. `acts` (the register) lets "SEL § 112" name an act.
 */
export function createSearchIndex(glossary: readonly GlossaryEntry[], serialised?: string, acts: readonly SearchAct[] = []): GlossarySearch {
  if (serialised) {
    const plain = JSON.parse(serialised) as Parameters<typeof MiniSearch.loadJS>[0] & { index: [string, Record<string, unknown>][]; fieldIds: Record<string, number> };
    const index = MiniSearch.loadJS<GlossaryEntry>(plain, indexOptions());
    const naming = new Set(NAMING_FIELDS.map((field) => String(plain.fieldIds[field])));
    const names = plain.index.flatMap(([term, fields]) => (Object.keys(fields).some((id) => naming.has(id)) ? [term] : []));
    return searchOver(index, new Vocabulary(plain.index.map(([term]) => term), names), glossary, acts);
  }
  const collected = vocabularyCollector();
  const index = new MiniSearch<GlossaryEntry>(indexOptions(collected.add));
  index.addAll(glossary);
  return searchOver(index, collected.vocabulary(), glossary, acts);
}

/**
 * The index of entries added at run time (the organisation's, the caseworker's own), built a
 * fifty entries at a time, and what the first query would prepare in tasks of its own, so that
 * 5,000 of them never hold the panel 50 ms.
 */
export async function createSearchIndexInSlices(entries: readonly GlossaryEntry[], acts: readonly SearchAct[] = []): Promise<GlossarySearch> {
  const collected = vocabularyCollector();
  const index = new MiniSearch<GlossaryEntry>(indexOptions(collected.add));
  const nextTask = () => new Promise((resume) => setTimeout(resume, 0));
  await index.addAllAsync(entries, { chunkSize: 50 });
  await nextTask();
  const vocabulary = collected.vocabulary();
  await nextTask();
  const search = searchOver(index, vocabulary, entries, acts);
  for (const step of search.prepare?.() ?? []) {
    await nextTask();
    step();
  }
  return search;
}

/** A name folded the way the index folds words, word order kept: "Place and train" ≠ "train and place". */
const nameKey = (name: string) =>
  tokenize(name)
    .map((word) => foldAndStem(word).folded)
    .join(' ');

const namesOf = (entry: GlossaryEntry) => [entry.term, entry.englishTerm, ...entry.abbreviations, ...entry.aliases, ...(entry.exactNames ?? []), ...entry.forms];

/**
 * An entry's names and search words by their exact key. A name belongs to the first entry that
 * has it; a search word one entry alone carries is nearly a name, one several carry is only a word.
 */
function addExactKeys(keys: { names: Map<string, string[]>; words: Map<string, string | null> }, entry: GlossaryEntry): void {
  for (const name of namesOf(entry)) {
    if (!name) continue;
    const owners = keys.names.get(nameKey(name));
    if (!owners) keys.names.set(nameKey(name), [entry.id]);
    else if (!owners.includes(entry.id)) owners.push(entry.id);
  }
  for (const word of entry.searchWords) {
    const owner = keys.words.get(nameKey(word));
    keys.words.set(nameKey(word), owner === undefined || owner === entry.id ? entry.id : null);
  }
}

/** The query's terms are analysed already: MiniSearch takes them as they are. */
const PLAIN_TERMS: SearchOptions = { tokenize: (text) => [text], processTerm: (term) => term };

/** The score a § of the entry's legal basis adds: above any match of words. */
const SECTION_SCORE = 40;
/** Entries of the act a query names ("rådighed aktivloven") weigh this much more. */
const ACT_BOOST = 1.6;
/** A word found in more entries than this share is common: not required to match. */
const COMMON_SHARE = 0.2;

function searchOver(index: MiniSearch<GlossaryEntry>, vocabulary: Vocabulary, entries: readonly GlossaryEntry[], acts: readonly SearchAct[]): GlossarySearch {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const named = prepareOver(entries, () => ({ names: new Map<string, string[]>(), words: new Map<string, string | null>() }), addExactKeys);
  const prior = linkPrior(entries);
  const sections = createSectionLookup(entries);
  const prefixes = createNamePrefixes(entries, prior);
  const closest = createClosestNames(entries);
  const exact = (query: string) => named.get().names.get(nameKey(query))?.[0];

  const hits = (query: string): SearchHit[] => {
    const key = nameKey(query);
    if (!key) return [];
    // One or two letters are the start of a name, nothing else.
    if (key.replace(/ /g, '').length <= 2) {
      const short = new Map<string, SearchHit>([...prefixes.anyWord(key.replace(/ /g, ''))].map(([id, score]) => [id, { id, score, tier: TIER.namePrefix }]));
      // …and an abbreviation or name of those letters ("se" is SE) comes before the names it begins.
      for (const id of named.get().names.get(key) ?? []) short.set(id, { id, score: short.get(id)?.score ?? 0, tier: TIER.name });
      return ranked(short);
    }
    const found = wordSearch(query);
    const { names, words } = named.get();
    const lift = (id: string, tier: number, score: number) => {
      if ((found.get(id)?.tier ?? 0) < tier) found.set(id, { id, score, tier });
    };
    for (const [id, score] of prefixes.begin(key)) lift(id, TIER.namePrefix, score);
    // A name or search word asked about in a question counts as the name itself: "hvad er
    // fleksjob", "hvor meget kan jeg få i dagpenge" (the query's words less its stop words).
    for (const asked of new Set([key, analyseQuery(query).words.join(' ')])) {
      const wordNamed = words.get(asked);
      if (wordNamed) lift(wordNamed, TIER.searchWord, found.get(wordNamed)?.score ?? 0);
      for (const id of names.get(asked) ?? []) lift(id, TIER.name, found.get(id)?.score ?? 0);
    }
    return ranked(found);
  };

  const wordSearch = (query: string): Map<string, SearchHit> => {
    const reference = parseSectionQuery(query, acts);
    const planned = planQuery(reference ? reference.rest : query, vocabulary);
    const act = reference?.act;
    // An entry's weight (the glossary's links to it, the act the query names) multiplies its score.
    const weight = (id: string) => (prior.get(id) ?? 1) * (act && byId.has(id) && belongsToAct(byId.get(id)!, act) ? ACT_BOOST : 1);
    const results = planned.words.length > 0 ? index.search(planned.query, PLAIN_TERMS) : [];
    const count = planned.words.length;
    const rows = results.map((result) => {
      const id = String(result.id);
      // MiniSearch multiplies a score by the number of query terms matched; the share of words matched counts instead.
      return { id, words: wordMatches(planned, result.queryTerms, result.match), score: (result.score / Math.max(result.queryTerms.length, 1)) * weight(id) };
    });
    const { required, rarity } = wordRarity(rows, count, index.documentCount);
    const total = rarity.reduce((sum, value) => sum + value, 0) || 1;
    for (const row of rows) row.score *= row.words.reduce((sum, share, word) => sum + share * rarity[word]!, 0) / total;
    const found = new Map<string, SearchHit>();
    for (const { id, words, score } of rows) found.set(id, { id, score, tier: required.every((word) => words[word] === 1) ? TIER.allWords : TIER.someWords });
    if (!reference?.section) return found;
    // A § asked for is one more word: the entries grounded in it come first among those that match
    // the rest, and only they can match every word.
    const grounded = new Set<string>();
    for (const { id, weight: share } of sections(reference)) {
      grounded.add(id);
      const text = found.get(id);
      found.set(id, { id, score: SECTION_SCORE * share + (text?.score ?? 0), tier: !text && count === 0 ? TIER.allWords : (text?.tier ?? TIER.someWords) });
    }
    for (const hit of found.values()) if (!grounded.has(hit.id)) hit.tier = TIER.someWords;
    return found;
  };

  return {
    search: (query) => hits(query).map((hit) => hit.id),
    hits,
    exact,
    suggest: (query) => closest.closest(query),
    prepare: () => [...named.steps(), ...prefixes.prepare(), ...closest.prepare()],
  };
}

/**
 * The words an entry must match to count as matching them all: those that are rare enough to
 * tell entries apart. A word found in more than a fifth of the entries ("kommune", "hjælp",
 * "over") still adds to the score, but an entry is not put first for lacking it. When every word
 * is that common, every word is required.
 */
function wordRarity(rows: readonly { words: readonly number[] }[], count: number, documents: number): { required: number[]; rarity: number[] } {
  const entriesWith = new Array<number>(count).fill(0);
  for (const { words } of rows) words.forEach((share, word) => (entriesWith[word]! += share > 0 ? 1 : 0));
  const all = entriesWith.map((_, word) => word);
  const rare = all.filter((word) => entriesWith[word]! <= COMMON_SHARE * documents);
  // A word's weight in the share of words an entry matched: the rarer, the more it tells.
  const rarity = entriesWith.map((entries) => Math.log(1 + documents / (1 + entries)));
  return { required: rare.length > 0 ? rare : all, rarity };
}

/**
 * The most results a search gives: a list longer than that is read by nobody, and drawing it
 * would cost the keystroke its frame.
 */
export const MAX_RESULTS = 50;

const ranked = (found: ReadonlyMap<string, SearchHit>) =>
  [...found.values()].sort((a, b) => b.tier - a.tier || b.score - a.score).slice(0, MAX_RESULTS);

/**
 * A little weight for entries that many others link to (`related`): among entries that match a
 * query equally, the one the glossary itself refers to most is the one most often looked up
 * ("fle": fleksjob before fleksydelse).
 */
function linkPrior(entries: readonly GlossaryEntry[]): Map<string, number> {
  const links = new Map<string, number>();
  for (const entry of entries) for (const id of entry.related) links.set(id, (links.get(id) ?? 0) + 1);
  return new Map(entries.map((entry) => [entry.id, 1 + 0.08 * Math.log2(1 + (links.get(entry.id) ?? 0))]));
}

/** Both searches as one: results merged by tier and score, an exact name first (`first`'s before `second`'s). */
export function combineSearches(first: GlossarySearch, second: GlossarySearch): GlossarySearch {
  const exact = (query: string) => first.exact?.(query) ?? second.exact?.(query);
  const hits = (query: string) => {
    const merged = new Map<string, SearchHit>();
    for (const hit of [...first.hits(query), ...second.hits(query)]) if (!merged.has(hit.id)) merged.set(hit.id, hit);
    return ranked(merged);
  };
  return {
    search: (query) => hits(query).map((hit) => hit.id),
    hits,
    exact,
    suggest: (query) => [...new Set([...(first.suggest?.(query) ?? []), ...(second.suggest?.(query) ?? [])])].slice(0, 3),
  };
}
