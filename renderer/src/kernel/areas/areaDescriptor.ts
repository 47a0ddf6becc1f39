import type { SpotlightActionGroupData } from '@mantine/spotlight';
import type { Icon } from '@tabler/icons-react';
import type { ComponentType } from 'react';
import type { en } from '../i18n/en';
import type { AreaResources } from '../i18n/resources';
import type { AreaId } from '../routing/route';

/** A key under `nav.` in the app's texts: the area's name in the navigation and the palette. */
export type NavKey = `nav.${Exclude<keyof (typeof en)['nav'], 'label' | 'toggle'>}`;

/**
 * Everything the shell needs to know about one area of the app. Each feature exports one, as
 * `area` from `features/<id>/area.ts`; `shell/areas.ts` lists the ids in navigation order.
 * The shell builds the navigation, the page outlet, the palette's "Go to" entries and groups,
 * the header and the app-wide effects from these descriptors alone.
 */
export interface AreaDescriptor<Id extends AreaId = AreaId> {
  /** The route ("#/<id>[/<section>]") and the folder name under features/. */
  id: Id;
  /** Its name in the navigation, the palette's "Go to …" and its keywords. */
  navKey: NavKey;
  /** Shown beside the name in the navigation and the palette (@tabler/icons-react). */
  icon: Icon;
  /** The page for "#/<id>"; `section` is the rest of the route (a strategy id, "backups"…). */
  page: ComponentType<{ section: string | null }>;
  /** The area's texts, registered with i18next before the first render. */
  resources?: AreaResources;
  /**
   * An extra group in the Ctrl/Cmd+K palette (the "Go to" entry is generated). A hook: the
   * palette calls every registered area's hook on each render, always in registry order.
   */
  usePaletteGroup?: (query: string) => SpotlightActionGroupData;
  /** App-wide work with no UI, mounted once inside the workspace provider (whatever page is shown). */
  Effects?: ComponentType;
  /** Something this area shows in the header, left of the save status, on every page. */
  HeaderItem?: ComponentType;
}

/** Types the descriptor (and checks it) while keeping the literal id. */
export function defineArea<Id extends AreaId>(area: AreaDescriptor<Id>): AreaDescriptor<Id> {
  return area;
}
