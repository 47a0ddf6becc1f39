import type { AreaDescriptor } from '../kernel/areas/areaDescriptor';
import { addAreaResources } from '../kernel/i18n/i18n';
import { AREA_IDS } from './areas';

/**
 * Every area's descriptor, in the registry's order. Vite (and Vitest) turn this glob into one
 * static import per `features/<folder>/area.ts`: the shell imports nothing else from features.
 */
const found = import.meta.glob<AreaDescriptor>('../features/*/area.ts', { eager: true, import: 'area' });

const byFolder = new Map(Object.entries(found).map(([file, area]) => [file.split('/')[2], area]));

function descriptorFor(id: string): AreaDescriptor {
  const area = byFolder.get(id);
  if (!area) throw new Error(`shell/areas.ts lists "${id}" but features/${id}/area.ts does not export "area".`);
  if (area.id !== id) throw new Error(`features/${id}/area.ts says its id is "${area.id}"; it must be its folder name.`);
  return area;
}

export const AREAS: readonly AreaDescriptor[] = AREA_IDS.map(descriptorFor);

for (const folder of byFolder.keys()) {
  if (!(AREA_IDS as readonly string[]).includes(folder)) throw new Error(`features/${folder}/area.ts is not listed in shell/areas.ts.`);
}

// Each area's texts, before anything renders (this module is loaded with the App).
for (const area of AREAS) if (area.resources) addAreaResources(area.resources);

export const AREA_BY_ID = new Map(AREAS.map((area) => [area.id, area]));

/** Hooks of the areas' palette groups, called in this fixed order on every render of the palette. */
export const PALETTE_GROUP_HOOKS = AREAS.flatMap((area) => (area.usePaletteGroup ? [area.usePaletteGroup] : []));
export const AREA_EFFECTS = AREAS.flatMap((area) => (area.Effects ? [{ id: area.id, Effects: area.Effects }] : []));
export const HEADER_ITEMS = AREAS.flatMap((area) => (area.HeaderItem ? [{ id: area.id, HeaderItem: area.HeaderItem }] : []));
