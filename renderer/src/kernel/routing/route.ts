/**
 * Hash routes: "#/<area>" (optionally "/<section>"). The kernel knows no area by name: each
 * feature adds its id to `AreaIds` from its `area.ts` (declaration merging, no import here), and
 * the shell passes the registered ids, in navigation order, to `parseHash` / `useHashRoute`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by the features: `declare module '…/kernel/routing/route' { interface AreaIds { strategy: true } }`
export interface AreaIds {}
export type AreaId = keyof AreaIds & string;

export interface Route {
  area: AreaId;
  /** An anchor inside the area's page, e.g. "backups" in #/settings/backups. */
  section: string | null;
}

/** The route a hash names; an empty or unknown hash is the first area (the dashboard). */
export function parseHash(hash: string, areas: readonly AreaId[]): Route {
  const [area, section] = hash.replace(/^#\/?/, '').split('/');
  const known = areas.find((candidate) => candidate === area);
  return { area: known ?? areas[0], section: known && section ? section : null };
}

export function hrefFor(area: AreaId, section?: string): string {
  return section ? `#/${area}/${section}` : `#/${area}`;
}
