// `npm run search:quality [-- FILE] [-- --all]`: the side panel's search over the bundled glossary against the
// query set in tests/fixtures/search-queries/queries.json (or FILE: held-out.json beside it). Prints the share of queries whose first
// result is right, whose first three hold a right answer, and that return nothing, then the misses
// (`--all`: every query with its results).
import { readFileSync } from 'node:fs';
import rawGlossary from '../data/glossary.json';
import rawActs from '../data/acts.json';
import { parseRegister } from '../lib/acts/schema';
import { parseGlossary } from '../lib/glossary/validate';
import { createSearchIndex } from '../lib/search/search-index';
import { formatReport, measureQueries, type QueryCase } from './search-quality/measure';

const { queries } = JSON.parse(readFileSync(process.argv.slice(2).find((arg) => arg.endsWith('.json')) ?? 'tests/fixtures/search-queries/queries.json', 'utf8')) as { queries: QueryCase[] };
const index = createSearchIndex(parseGlossary(rawGlossary), undefined, parseRegister(rawActs).acts);
console.log(formatReport(measureQueries((query) => index.search(query), queries), process.argv.includes('--all')));
