import type { AreaId } from '../kernel/routing/route';

/**
 * THE AREA REGISTRY: the app's areas in navigation order. Adding an area = its folder
 * `features/<id>/` with an `area.ts` exporting `area = defineArea({ id: '<id>', … })`, plus one
 * line here. The descriptors are found by folder name (areaRegistry.ts); the first area is the
 * start page (an empty or unknown route shows it).
 */
export const AREA_IDS = [
  'dashboard',
  'strategy',
  'calendar',
  'documents',
  'plan',
  'workshop',
  'settings',
] as const satisfies readonly AreaId[];

// An area that declares its id (in its area.ts) but has no line above fails the typecheck here.
type Unregistered = Exclude<AreaId, (typeof AREA_IDS)[number]>;
const everyAreaRegistered: [Unregistered] extends [never] ? true : Unregistered = true;
void everyAreaRegistered;
