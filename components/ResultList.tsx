import type { GlossaryEntry } from '@/lib/glossary/schema';
import { EntryCard } from './EntryCard';
import { t } from '@/lib/i18n';

interface Props {
  entries: readonly GlossaryEntry[];
  query: string;
  /** The result ↑/↓ moved to; Enter opens it. */
  activeIndex: number;
}

export function ResultList({ entries, query, activeIndex }: Props) {
  if (entries.length === 0) {
    return <p class="result-list__empty">{t('noResults', query)}</p>;
  }
  return (
    <ul class="result-list" id="results" role="listbox" aria-label={t('searchResults')} data-query={query}>
      {entries.map((entry, index) => (
        <EntryCard key={entry.id} entry={entry} query={query} active={index === activeIndex} option />
      ))}
    </ul>
  );
}
