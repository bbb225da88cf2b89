import type { GlossaryEntry } from '@/lib/glossary/schema';

interface Props {
  entries: readonly GlossaryEntry[];
  query: string;
}

export function ResultList({ entries, query }: Props) {
  if (entries.length === 0) {
    return <p class="result-list__empty">Ingen opslag matcher "{query}".</p>;
  }
  return (
    <ul class="result-list" aria-label={query ? 'Søgeresultater' : 'Alle opslag'} data-query={query}>
      {entries.map((entry) => (
        <li key={entry.id} class="result" data-entry-id={entry.id}>
          <span class="result__term">
            {entry.term}
            {entry.abbreviations.length > 0 && (
              <span class="result__abbr"> ({entry.abbreviations.join(', ')})</span>
            )}
          </span>
          <span class="result__category">{entry.category}</span>
          <p class="result__summary">{entry.summary}</p>
        </li>
      ))}
    </ul>
  );
}
