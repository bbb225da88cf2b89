import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import type { GlossaryEntry } from '../glossary/schema';
import { isStopWord, stemFolded, tokenize } from './analyse-danish';
import { closestNames } from './did-you-mean';
import { foldDanish } from './fold-danish';
import { createNamePrefixes } from './name-prefix';
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
const BOOST = { term: 5, abbreviations: 5, aliases: 3, exactNames: 3, englishTerm: 2, searchWords: 2, summary: 1.2, description: 0.5 };

/**
 * Options of the index. Abbreviations are matched as words here (a search for "ips" finds IPS);
 * only the page matcher is case-sensitive. `collect` hears every word indexed (the vocabulary).
 */
function indexOptions(collect?: (term: string) => void): Options<GlossaryEntry> {
  return {
    fields: [...FIELDS],
    storeFields: ['id'],
    tokenize,
    processTerm: (term, field) => {
      const folded = foldDanish(term);
      if (field && PROSE.has(field) && isStopWord(folded)) return null;
      const stem = stemFolded(folded);
      collect?.(stem);
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
}

/** The index as the build serialises it, so that the panel loads it instead of building it. */
export function serialisedSearchIndex(glossary: readonly GlossaryEntry[]): string {
  const index = new MiniSearch<GlossaryEntry>(indexOptions());
  index.addAll(glossary);
  return JSON.stringify(index);
}

/**
 * Search over the glossary. With `serialised` (from the build) the index is loaded, not built:
 * the panel shows its first results sooner. `acts` (the register) lets "SEL § 112" name an act.
 */
export function createSearchIndex(glossary: readonly GlossaryEntry[], serialised?: string, acts: readonly SearchAct[] = []): GlossarySearch {
  if (serialised) {
    const plain = JSON.parse(serialised) as Parameters<typeof MiniSearch.loadJS>[0] & { index: [string, unknown][] };
    const index = MiniSearch.loadJS<GlossaryEntry>(plain, indexOptions());
    return searchOver(index, new Vocabulary(plain.index.map(([term]) => term)), glossary, acts);
  }
  const terms = new Set<string>();
  const index = new MiniSearch<GlossaryEntry>(indexOptions((term) => terms.add(term)));
  index.addAll(glossary);
  return searchOver(index, new Vocabulary(terms), glossary, acts);
}

/**
 * The index of entries added at run time (the organisation's, the caseworker's own), built a
 * hundred entries at a time so that 5,000 of them never hold the panel 50 ms.
 */
export async function createSearchIndexInSlices(entries: readonly GlossaryEntry[], acts: readonly SearchAct[] = []): Promise<GlossarySearch> {
  const terms = new Set<string>();
  const index = new MiniSearch<GlossaryEntry>(indexOptions((term) => terms.add(term)));
  await index.addAllAsync(entries, { chunkSize: 100 });
  return searchOver(index, new Vocabulary(terms), entries, acts);
}

/** A name folded the way the index folds words, word order kept: "Place and train" ≠ "train and place". */
const nameKey = (name: string) => tokenize(name).map(foldDanish).join(' ');

const namesOf = (entry: GlossaryEntry) => [entry.term, entry.englishTerm, ...entry.abbreviations, ...entry.aliases, ...(entry.exactNames ?? []), ...entry.forms];

/** The score a § of the entry's legal basis adds: above any match of words. */
const SECTION_SCORE = 40;
/** Entries of the act a query names ("rådighed aktivloven") weigh this much more. */
const ACT_BOOST = 1.6;
/** A word found in more entries than this share is common: not required to match. */
const COMMON_SHARE = 0.2;

function searchOver(index: MiniSearch<GlossaryEntry>, vocabulary: Vocabulary, entries: readonly GlossaryEntry[], acts: readonly SearchAct[]): GlossarySearch {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const exactNames = new Map<string, string>();
  for (const entry of entries) for (const name of namesOf(entry)) if (name && !exactNames.has(nameKey(name))) exactNames.set(nameKey(name), entry.id);
  // A search word one entry alone carries is nearly a name; one several carry is only a word.
  const searchWords = new Map<string, string | null>();
  for (const entry of entries) {
    for (const word of entry.searchWords) {
      const key = nameKey(word);
      const owner = searchWords.get(key);
      searchWords.set(key, owner === undefined || owner === entry.id ? entry.id : null);
    }
  }
  const prior = linkPrior(entries);
  const sections = createSectionLookup(entries);
  const prefixes = createNamePrefixes(entries, prior);
  const exact = (query: string) => exactNames.get(nameKey(query));

  const hits = (query: string): SearchHit[] => {
    const key = nameKey(query);
    if (!key) return [];
    // One or two letters are the start of a name, nothing else.
    if (key.replace(/ /g, '').length <= 2) return ranked(new Map([...prefixes.anyWord(key.replace(/ /g, ''))].map(([id, score]) => [id, { id, score, tier: TIER.namePrefix }])));
    const found = wordSearch(query);
    const lift = (id: string, tier: number, score: number) => {
      if ((found.get(id)?.tier ?? 0) < tier) found.set(id, { id, score, tier });
    };
    for (const [id, score] of prefixes.begin(key)) lift(id, TIER.namePrefix, score);
    const wordNamed = searchWords.get(key);
    if (wordNamed) lift(wordNamed, TIER.searchWord, found.get(wordNamed)?.score ?? 0);
    const named = exactNames.get(key);
    if (named) lift(named, TIER.name, found.get(named)?.score ?? 0);
    return ranked(found);
  };

  const wordSearch = (query: string): Map<string, SearchHit> => {
    const reference = parseSectionQuery(query, acts);
    const planned = planQuery(reference ? reference.rest : query, vocabulary);
    const act = reference?.act;
    const options: SearchOptions = {
      tokenize: (text) => [text],
      processTerm: (term) => term,
      boostDocument: (id: string) => (prior.get(id) ?? 1) * (act && belongsToAct(byId.get(id)!, act) ? ACT_BOOST : 1),
    };
    const results = planned.words.length > 0 ? index.search(planned.query, options) : [];
    const rows = results.map((result) => ({
      id: String(result.id),
      // MiniSearch multiplies a score by the number of query terms matched; the share of words matched counts instead.
      score: result.score / Math.max(result.queryTerms.length, 1),
      words: wordMatches(planned, result.queryTerms, result.terms),
    }));
    const required = requiredWords(rows, planned.words.length, index.documentCount);
    const scored = new Map(
      rows.map(({ id, score, words }) => {
        const matched = words.reduce((sum, weight) => sum + weight, 0);
        return [id, { score: (score * matched) / words.length, all: required.every((word) => words[word] === 1) }];
      }),
    );
    // A § asked for is one more word: the entries grounded in it come first among those that match the rest.
    const grounded = reference ? sections(reference) : [];
    for (const { id, weight } of grounded) {
      const text = scored.get(id);
      scored.set(id, { score: SECTION_SCORE * weight + (text?.score ?? 0), all: text ? text.all : planned.words.length === 0 });
    }
    const inSection = new Set(grounded.map((hit) => hit.id));
    const tier = (id: string, all: boolean) => (all && (!reference?.section || inSection.has(id)) ? TIER.allWords : TIER.someWords);
    return new Map([...scored].map(([id, { score, all }]) => [id, { id, score, tier: tier(id, all) }]));
  };

  return {
    search: (query) => hits(query).map((hit) => hit.id),
    hits,
    exact,
    suggest: (query) => closestNames(query, entries),
  };
}

/**
 * The words an entry must match to count as matching them all: those that are rare enough to
 * tell entries apart. A word found in more than a fifth of the entries ("kommune", "hjælp",
 * "over") still adds to the score, but an entry is not put first for lacking it. When every word
 * is that common, every word is required.
 */
function requiredWords(rows: readonly { words: readonly number[] }[], count: number, documents: number): number[] {
  const all = Array.from({ length: count }, (_, word) => word);
  const rare = all.filter((word) => rows.filter((row) => (row.words[word] ?? 0) > 0).length <= COMMON_SHARE * documents);
  return rare.length > 0 ? rare : all;
}

const ranked = (found: ReadonlyMap<string, SearchHit>) => [...found.values()].sort((a, b) => b.tier - a.tier || b.score - a.score);

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
