import { useEffect, useState } from 'preact/hooks';

/** Where the panel is: the search (and browse) view, or one entry's detail view. */
export type Route = { view: 'search' } | { view: 'entry'; id: string } | { view: 'settings' } | { view: 'own' };

const ENTRY = /^#\/entry\/([a-z0-9-]+)$/;

/** `sidepanel.html#/entry/ips` opens IPS's detail view; anything else is the search view. */
export function parseRoute(hash: string): Route {
  if (hash === SETTINGS_HREF) return { view: 'settings' };
  if (hash === OWN_HREF) return { view: 'own' };
  const id = ENTRY.exec(hash)?.[1];
  return id ? { view: 'entry', id } : { view: 'search' };
}

export const SETTINGS_HREF = '#/settings';

export const entryHref = (id: string) => `#/entry/${id}`;
export const SEARCH_HREF = '#/';
/** The caseworker's own entries, import and export. */
export const OWN_HREF = '#/own';

/** The current route, kept in the address's hash so that views are deep-linkable and Back works. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const update = () => {
      setRoute(parseRoute(location.hash));
    };
    addEventListener('hashchange', update);
    return () => {
      removeEventListener('hashchange', update);
    };
  }, []);
  return route;
}
