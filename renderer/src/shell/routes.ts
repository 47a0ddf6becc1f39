import { hrefFor, parseHash as parseRoute, type Route } from '../kernel/routing/route';
import { AREA_IDS } from './areas';

export { hrefFor };

/** The route a hash names among the registered areas; an empty or unknown hash is the dashboard. */
export function parseHash(hash: string): Route {
  return parseRoute(hash, AREA_IDS);
}
