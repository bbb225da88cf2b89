import type { GlossaryEntry } from '@/lib/glossary/schema';
import { entryHref } from '@/lib/panel/route';
import { t } from '@/lib/i18n';

interface Props {
  query: string;
  /** The entries whose names are closest to the query ("Mente du …"), best first; may be empty. */
  suggestions: readonly GlossaryEntry[];
}

/**
 * What a search that found nothing shows instead of an empty panel: the closest names as links
 * to their entries, and what the search covers, so the reader knows what else to try.
 */
export function NoResults({ query, suggestions }: Props) {
  return (
    <div class="no-results" role="status">
      <p class="result-list__empty">{t('noResults', query)}</p>
      {suggestions.length > 0 && (
        <p class="no-results__suggest">
          {t('didYouMean')}{' '}
          {suggestions.map((entry, index) => (
            <span key={entry.id}>
              {index > 0 && (index === suggestions.length - 1 ? ` ${t('or')} ` : ', ')}
              <a href={entryHref(entry.id)} data-entry-id={entry.id}>
                {entry.term}
              </a>
            </span>
          ))}
          ?
        </p>
      )}
      <p class="no-results__scope">{t('searchScope')}</p>
    </div>
  );
}
