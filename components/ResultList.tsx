import type { GlossaryEntry } from '@/lib/glossary/schema';
import { entryHref } from '@/lib/panel/route';
import { EntryCard } from './EntryCard';
import { RESULTS_ID } from './SearchBox';
import { t } from '@/lib/i18n';

interface Props {
  entries: readonly GlossaryEntry[];
  query: string;
  /** The result ↑/↓ moved to (the first as the reader types); Enter opens it. */
  activeIndex: number;
}

/**
 * The search results: the listbox the search box controls. Its options are not links (an option
 * holds no control of its own); a click opens the entry, as Enter does from the search box.
 */
export function ResultList({ entries, query, activeIndex }: Props) {
  if (entries.length === 0) {
    return <p class="result-list__empty">{t('noResults', query)}</p>;
  }
  return (
    <ul class="result-list" id={RESULTS_ID} role="listbox" aria-label={t('searchResults')} data-query={query}>
      {entries.map((entry, index) => (
        <EntryCard
          key={entry.id}
          entry={entry}
          query={query}
          active={index === activeIndex}
          onChoose={() => {
            location.hash = entryHref(entry.id);
          }}
        />
      ))}
    </ul>
  );
}

