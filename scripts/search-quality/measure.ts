/**
 * Measures a search against the query set in `tests/fixtures/search-queries/queries.json`: how
 * often the first result is a right answer, how often one of the first three is, and how often
 * nothing comes back. Queries whose answer is not in the glossary yet are listed, not counted.
 */
export interface QueryCase {
  query: string;
  /** The entries any one of which answers the query; empty when the answer is not in the glossary. */
  expect: string[];
  notInGlossary?: boolean;
  source: string;
  basis: string;
}

export interface QueryOutcome {
  query: string;
  expect: string[];
  /** The first results, at most five. */
  got: string[];
  /** 1-based place of the first right answer among all results; 0 when none. */
  rank: number;
}

export interface QualityReport {
  counted: number;
  first: number;
  firstThree: number;
  none: number;
  outcomes: QueryOutcome[];
  notInGlossary: string[];
}

/** Runs every counted query through `search` (entry ids, best first). */
export function measureQueries(search: (query: string) => readonly string[], cases: readonly QueryCase[]): QualityReport {
  const outcomes: QueryOutcome[] = [];
  const notInGlossary: string[] = [];
  for (const item of cases) {
    if (item.notInGlossary || item.expect.length === 0) {
      notInGlossary.push(item.query);
      continue;
    }
    const ids = search(item.query);
    const index = ids.findIndex((id) => item.expect.includes(id));
    outcomes.push({ query: item.query, expect: item.expect, got: ids.slice(0, 5), rank: index + 1 });
  }
  const share = (test: (outcome: QueryOutcome) => boolean) => outcomes.filter(test).length / Math.max(outcomes.length, 1);
  return {
    counted: outcomes.length,
    first: share((outcome) => outcome.rank === 1),
    firstThree: share((outcome) => outcome.rank >= 1 && outcome.rank <= 3),
    none: share((outcome) => outcome.got.length === 0),
    outcomes,
    notInGlossary,
  };
}

const percent = (share: number) => `${(share * 100).toFixed(1)} %`;

/** The report as lines of text: the three rates, then every query whose first result is wrong. */
export function formatReport(report: QualityReport, verbose = false): string {
  const lines = [
    `queries counted: ${report.counted} (not in the glossary yet, not counted: ${report.notInGlossary.length})`,
    `first result right:        ${percent(report.first)}`,
    `right among the first three: ${percent(report.firstThree)}`,
    `no result at all:          ${percent(report.none)}`,
  ];
  const misses = report.outcomes.filter((outcome) => verbose || outcome.rank !== 1);
  if (misses.length > 0) lines.push('', verbose ? 'every query:' : 'first result not right:');
  for (const outcome of misses) {
    const place = outcome.rank === 0 ? 'missing' : `#${outcome.rank}`;
    lines.push(`  ${place.padEnd(8)} "${outcome.query}" → ${outcome.got.slice(0, 3).join(', ') || '(nothing)'}   want ${outcome.expect.join(' | ')}`);
  }
  return lines.join('\n');
}
