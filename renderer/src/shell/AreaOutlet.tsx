import type { Route } from '../kernel/routing/route';
import { AREA_BY_ID, AREAS } from './areaRegistry';

/** The page for the current route; each area owns its page under features/ (see its area.ts). */
export function AreaOutlet({ route }: { route: Route }) {
  const Page = (AREA_BY_ID.get(route.area) ?? AREAS[0]).page;
  return <Page section={route.section} />;
}
