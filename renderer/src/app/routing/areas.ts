/** The app's areas, in navigation order. The hash route is "#/<area>" (optionally "/<section>"). */
export const AREAS = ['dashboard', 'strategy', 'calendar', 'documents', 'plan', 'workshop', 'settings'] as const;
export type Area = (typeof AREAS)[number];

export interface Route {
  area: Area;
  /** An anchor inside the area's page, e.g. "backups" in #/settings/backups. */
  section: string | null;
}

export function parseHash(hash: string): Route {
  const [area, section] = hash.replace(/^#\/?/, '').split('/');
  const known = AREAS.find((candidate) => candidate === area);
  return { area: known ?? 'dashboard', section: known && section ? section : null };
}

export function hrefFor(area: Area, section?: string): string {
  return section ? `#/${area}/${section}` : `#/${area}`;
}
