import type { GlossaryEntry } from '@/lib/glossary/schema';
import { sendToTab } from '@/lib/messages';
import { entryHref } from '@/lib/panel/route';
import type { PageTermsState } from '@/lib/panel/use-page-terms';
import { t } from '@/lib/i18n';

interface Props {
  page: PageTermsState;
  byId: ReadonlyMap<string, GlossaryEntry>;
}

/** "På denne side": the terms found in the tab, most frequent first; choosing one shows it there. */
export function OnThisPage({ page, byId }: Props) {
  const found = Object.entries(page.counts)
    .flatMap(([id, count]) => {
      const entry = byId.get(id);
      return entry ? [{ entry, count }] : [];
    })
    .sort((a, b) => b.count - a.count || a.entry.term.localeCompare(b.entry.term, 'da'));
  if (found.length === 0) return null;
  const reveal = (entryId: string) => {
    if (page.tabId !== undefined) void sendToTab(page.tabId, { type: 'reveal-term', entryId }).catch(() => undefined);
  };
  return (
    <section class="on-page" aria-labelledby="on-page-title">
      <h2 id="on-page-title" class="browse__heading">
        {t('onThisPage')}
      </h2>
      <ul class="on-page__list" aria-label={t('termsOnThisPage')}>
        {found.map(({ entry, count }) => (
          <li key={entry.id} class="on-page__item" data-entry-id={entry.id}>
            <button
              type="button"
              class="on-page__show"
              title={t('showNextOccurrence')}
              onClick={() => {
                reveal(entry.id);
              }}
            >
              {entry.term}
              <span class="on-page__count" aria-label={t('timesCount', String(count))}>
                {count}
              </span>
            </button>
            <a class="on-page__more" href={entryHref(entry.id)} aria-label={t('readAbout', entry.term)}>
              ›
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
