import { CATEGORIES } from '@/lib/glossary/categories';
import type { GlossaryEntry } from '@/lib/glossary/schema';
import { EntryCard } from './EntryCard';
import { t } from '@/lib/i18n';

/** Every entry, by category in the order the source texts use, alphabetically within each. */
export function BrowseList({ glossary }: { glossary: readonly GlossaryEntry[] }) {
  return (
    <div class="browse" aria-label={t('allEntries')} role="region">
      {CATEGORIES.map((category) => {
        const entries = glossary.filter((entry) => entry.category === category).sort((a, b) => a.term.localeCompare(b.term, 'da'));
        if (entries.length === 0) return null;
        return (
          <section key={category} class="browse__group">
            <h2 class="browse__heading">{category}</h2>
            <ul class="result-list" aria-label={category}>
              {entries.map((entry) => (
                <EntryCard key={entry.id} entry={entry} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
