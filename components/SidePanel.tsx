import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Glossary } from '@/lib/glossary/schema';
import { sharedNames } from '@/lib/glossary/shared-names';
import { entryRequest, lookupRequest } from '@/lib/lookup-request';
import { panelQuery, panelResults } from '@/lib/panel/panel-query';
import { entryHref, OWN_HREF, SEARCH_HREF, SETTINGS_HREF, useRoute } from '@/lib/panel/route';
import { useSettings } from '@/lib/panel/use-settings';
import { usePageTerms } from '@/lib/panel/use-page-terms';
import { useViewFocus } from '@/lib/panel/view-focus';
import type { GlossarySearch } from '@/lib/search/search-index';
import { BrowseList } from './BrowseList';
import { ConsolidationNote } from './ConsolidationNote';
import { EntryDetail } from './EntryDetail';
import { OnThisPage } from './OnThisPage';
import { NoResults } from './NoResults';
import { OwnEntries } from './OwnEntries';
import { PageStatus } from './PageStatus';
import { optionId } from './EntryCard';
import { ResultList } from './ResultList';
import { SearchBox } from './SearchBox';
import { SettingsView } from './SettingsView';
import { t } from '@/lib/i18n';
import { longDate } from '@/lib/glossary/status';

/** The panel: search with results, or the terms on the page and every entry; and each entry's detail. */
interface Props {
  glossary: Glossary;
  /** The day whose law the texts describe (YYYY-MM-DD), shown in the footer. */
  glossaryDate?: string | null;
  /** Loads the search over the same glossary (once; the panel asks after its first render). */
  loadIndex: () => GlossarySearch;
  /** The query to start with: the one saved when the panel last closed, or a pending lookup. */
  initialQuery?: string;
  /** What `initialQuery` found when the panel was last open: shown until the index has loaded. */
  initialResults?: readonly string[];
}

export function SidePanel({ glossary, glossaryDate, loadIndex, initialQuery = '', initialResults }: Props) {
  const [query, setQuery] = useState(initialQuery);
  const [activeIndex, setActiveIndex] = useState(0);
  // Whether ↑/↓ moved into the results: until then the first is selected but not focused (APG).
  const [moved, setMoved] = useState(false);
  const route = useRoute();
  const page = usePageTerms();
  const settings = useSettings();
  const byId = useMemo(() => new Map(glossary.map((entry) => [entry.id, entry])), [glossary]);
  const senses = useMemo(() => sharedNames(glossary), [glossary]);

  const [index, setIndex] = useState<GlossarySearch>();
  // The index loads in the task after the first render: a reopened panel shows its saved results
  // first, and a panel opened empty shows its lists first.
  useEffect(() => {
    const timer = setTimeout(() => {
      setIndex(loadIndex());
    }, 0);
    return () => {
      clearTimeout(timer);
    };
  }, [loadIndex]);

  const search = (text: string) => {
    setIndex(loadIndex());
    setQuery(text);
    setActiveIndex(0);
    setMoved(false);
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

  // Until the index has loaded, the only results known are those saved for the first query.
  const saved = query === initialQuery ? initialResults : undefined;
  const loading = !index && !saved;
  const results = useMemo(() => {
    if (!query.trim()) return [];
    return (index ? index.search(query) : (saved ?? [])).flatMap((id) => byId.get(id) ?? []);
  }, [query, index, byId, saved]);

  // Never an empty panel: with nothing found, the closest names ("Mente du …").
  const suggestions = useMemo(
    () => (index && query.trim() && results.length === 0 ? (index.suggest?.(query) ?? []).flatMap((id) => byId.get(id) ?? []) : []),
    [index, query, results, byId],
  );

  useEffect(() => {
    // Saved with the query, for the next time the panel opens.
    if (index && query.trim()) void panelResults.setValue({ query, ids: results.map((entry) => entry.id) });
  }, [index, query, results]);

  // Focus follows the reader into each view they open (the settings view once they are read).
  useViewFocus(location.hash, route.view !== 'settings' || settings !== undefined);

  const active = results[activeIndex];
  const showList = query.trim() !== '' && !loading && results.length > 0;

  if (route.view === 'settings') {
    return <main class="panel">{settings ? <SettingsView settings={settings} byId={byId} /> : null}</main>;
  }

  if (route.view === 'own') {
    return (
      <main class="panel">
        <OwnEntries />
      </main>
    );
  }

  if (route.view === 'entry') {
    const entry = byId.get(route.id);
    return (
      <main class="panel">
        {entry ? (
          <EntryDetail
            entry={entry}
            byId={byId}
            known={settings?.settings.knownEntries.includes(entry.id) ?? false}
            senses={(senses.get(entry.id) ?? []).flatMap((id) => byId.get(id) ?? [])}
          />
        ) : (
          <p tabIndex={-1} data-view-focus>
            {t('entryNotFound')} <a href={SEARCH_HREF}>{t('backToSearch')}</a>
          </p>
        )}
      </main>
    );
  }

  return (
    <main class="panel">
      <header class="panel__header">
        <h1 class="panel__title">Metodelup</h1>
        <a class="panel__settings" href={SETTINGS_HREF}>
          {t('settingsLink')}
        </a>
      </header>
      {settings?.corrupt && (
        <p class="notice" role="alert">
          {t('settingsCorrupt')} <a href={SETTINGS_HREF}>{t('settingsLink')}</a>
        </p>
      )}
      <PageStatus page={page} settings={settings} />
      <ConsolidationNote pageAct={page.act} />
      <SearchBox
        value={query}
        onInput={search}
        expanded={showList}
        activeId={moved && active ? optionId(active.id) : undefined}
        onMove={(step) => {
          setMoved(true);
          setActiveIndex((current) => Math.min(Math.max(current + step, 0), Math.max(results.length - 1, 0)));
        }}
        onChoose={() => {
          if (active) location.hash = entryHref(active.id);
        }}
      />
      <p class="visually-hidden" role="status">
        {query.trim() && !loading ? (results.length === 1 ? t('resultCountOne') : results.length > 1 ? t('resultCountMany', String(results.length)) : t('noResults', query)) : ''}
      </p>
      {query.trim() ? (
        // A moment without a list rather than a false "no results" while the index loads.
        loading ? null : results.length === 0 && index ? (
          <NoResults query={query} suggestions={suggestions} />
        ) : (
          <ResultList entries={results} query={query} activeIndex={activeIndex} />
        )
      ) : (
        <>
          <OnThisPage page={page} byId={byId} />
          <BrowseList glossary={glossary} />
          <p class="panel__own">
            <a href={OWN_HREF}>{t('ownEntriesLink')}</a>
          </p>
        </>
      )}
      {glossaryDate && <GlossaryDate date={glossaryDate} />}
    </main>
  );
}

/** Which day's law the texts describe: a caseworker can tell how current the glossary is. */
function GlossaryDate({ date }: { date: string }) {
  return (
    <footer class="panel__footer">
      <p>{t('glossaryDate', longDate(date, t('dateLocale') || 'da-DK'))}</p>
    </footer>
  );
}
