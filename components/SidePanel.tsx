import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Glossary } from '@/lib/glossary/schema';
import { entryRequest, lookupRequest } from '@/lib/lookup-request';
import { panelQuery } from '@/lib/panel/panel-query';
import { entryHref, SEARCH_HREF, useRoute } from '@/lib/panel/route';
import { usePageTerms } from '@/lib/panel/use-page-terms';
import type { GlossarySearch } from '@/lib/search/search-index';
import { BrowseList } from './BrowseList';
import { EntryDetail } from './EntryDetail';
import { OnThisPage } from './OnThisPage';
import { ResultList } from './ResultList';
import { SearchBox } from './SearchBox';
import { t } from '@/lib/i18n';

/** The panel: search with results, or the terms on the page and every entry; and each entry's detail. */
interface Props {
  glossary: Glossary;
  /** Search over the same glossary (loaded by the caller, so that it can overlap other waits). */
  index: GlossarySearch;
  /** The query to start with: the one saved when the panel last closed, or a pending lookup. */
  initialQuery?: string;
}

export function SidePanel({ glossary, index, initialQuery = '' }: Props) {
  const [query, setQuery] = useState(initialQuery);
  const [activeIndex, setActiveIndex] = useState(0);
  const route = useRoute();
  const page = usePageTerms();
  const byId = useMemo(() => new Map(glossary.map((entry) => [entry.id, entry])), [glossary]);

  const search = (text: string) => {
    setQuery(text);
    setActiveIndex(0);
    void panelQuery.setValue(text);
  };

  useEffect(() => {
    // A lookup from the context menu while the panel is open.
    const stopLookups = lookupRequest.watch((request) => {
      if (!request) return;
      search(request.query);
      location.hash = SEARCH_HREF;
    });
    // "Læs mere" on a hover card: the entry's detail view, whether the panel was open or not.
    void entryRequest.getValue().then((request) => {
      if (request && Date.now() - request.requestedAt < 5000) location.hash = entryHref(request.entryId);
    });
    const stopEntries = entryRequest.watch((request) => {
      if (request) location.hash = entryHref(request.entryId);
    });
    return () => {
      stopLookups();
      stopEntries();
    };
  }, []);

  const results = useMemo(
    () => (query.trim() ? index.search(query).flatMap((id) => byId.get(id) ?? []) : []),
    [query, index, byId],
  );

  if (route.view === 'entry') {
    const entry = byId.get(route.id);
    return (
      <main class="panel">
        {entry ? (
          <EntryDetail entry={entry} byId={byId} />
        ) : (
          <p>
            {t('entryNotFound')} <a href={SEARCH_HREF}>{t('backToSearch')}</a>
          </p>
        )}
      </main>
    );
  }

  return (
    <main class="panel">
      <h1 class="panel__title">Metodelup</h1>
      <SearchBox
        value={query}
        onInput={search}
        onMove={(step) => {
          setActiveIndex((current) => Math.min(Math.max(current + step, 0), Math.max(results.length - 1, 0)));
        }}
        onChoose={() => {
          const chosen = results[activeIndex];
          if (chosen) location.hash = entryHref(chosen.id);
        }}
      />
      {query.trim() ? (
        <ResultList entries={results} query={query} activeIndex={activeIndex} />
      ) : (
        <>
          <OnThisPage page={page} byId={byId} />
          <BrowseList glossary={glossary} />
        </>
      )}
    </main>
  );
}
