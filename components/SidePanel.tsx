import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Glossary } from '@/lib/glossary/schema';
import { lookupRequest } from '@/lib/lookup-request';
import { createSearchIndex } from '@/lib/search/search-index';
import { ResultList } from './ResultList';
import { SearchBox } from './SearchBox';

/** The panel: a search box over the glossary, its results, and every entry while the box is empty. */
export function SidePanel({ glossary }: { glossary: Glossary }) {
  const [query, setQuery] = useState('');
  const index = useMemo(() => createSearchIndex(glossary), [glossary]);
  const byId = useMemo(() => new Map(glossary.map((entry) => [entry.id, entry])), [glossary]);

  // A lookup from the context menu may arrive before or after the panel opens.
  useEffect(() => {
    void lookupRequest.getValue().then((request) => request && setQuery(request.query));
    return lookupRequest.watch((request) => request && setQuery(request.query));
  }, []);

  const entries = useMemo(() => {
    if (!query.trim()) return [...glossary].sort((a, b) => a.term.localeCompare(b.term, 'da'));
    return index.search(query).flatMap((id) => byId.get(id) ?? []);
  }, [query, index, byId, glossary]);

  return (
    <main class="panel">
      <h1 class="panel__title">Metodelup</h1>
      <SearchBox value={query} onInput={setQuery} />
      <ResultList entries={entries} query={query} />
    </main>
  );
}
