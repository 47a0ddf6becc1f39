import { useSyncExternalStore } from 'react';
import { hrefFor, parseHash, type Area, type Route } from './areas';

// Hash routing: works from file-like URLs (the desktop protocol) without a server or a router library.
function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const getHash = () => window.location.hash;

export function useHashRoute(): Route {
  const hash = useSyncExternalStore(subscribe, getHash);
  return parseHash(hash);
}

export function navigate(area: Area, section?: string): void {
  const target = hrefFor(area, section);
  if (window.location.hash === target) {
    // Same route again (e.g. "Show backups" twice): still bring the section into view.
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    window.location.hash = target;
  }
}
