import { createContext, useContext, useSyncExternalStore } from 'react';
import { hrefFor, parseHash, type AreaId, type Route } from './route';

// Hash routing: works from file-like URLs (the desktop protocol) without a server or a router library.
function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const getHash = () => window.location.hash;

/** The current route among the given areas (the shell passes the registered ones). */
export function useHashRoute(areas: readonly AreaId[]): Route {
  const hash = useSyncExternalStore(subscribe, getHash);
  return parseHash(hash, areas);
}

const RouteContext = createContext<Route | null>(null);

/** The shell provides the current route to everything inside the layout. */
export const RouteProvider = RouteContext.Provider;

/** The current route, for components inside the layout (a header item, say). */
export function useRoute(): Route {
  const route = useContext(RouteContext);
  if (!route) throw new Error('useRoute is used outside the app layout (no RouteProvider).');
  return route;
}

export function navigate(area: AreaId, section?: string): void {
  const target = hrefFor(area, section);
  if (window.location.hash === target) {
    // Same route again (e.g. "Show backups" twice): still bring the section into view.
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    window.location.hash = target;
  }
}
