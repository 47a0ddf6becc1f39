import { IconUsersGroup } from '@tabler/icons-react';
import { defineArea } from '../../kernel/areas/areaDescriptor';
import { workshopNamespace } from './i18n/texts';
import { RunningWorkshopChip } from './run/RunningWorkshopChip';
import { WorkshopClockKeeper } from './run/WorkshopClockKeeper';
import { WorkshopPage } from './WorkshopPage';

declare module '../../kernel/routing/route' {
  interface AreaIds { workshop: true }
}
declare module '../../kernel/i18n/resources' {
  interface AreaNamespaces { workshop: typeof workshopNamespace.en }
}

/** Workshops: set-up, the timed run, the board of notes and decisions, and the record. */
export const area = defineArea({
  id: 'workshop',
  navKey: 'nav.workshop',
  icon: IconUsersGroup,
  page: WorkshopPage,
  resources: { en: { workshop: workshopNamespace.en }, 'zh-CN': { workshop: workshopNamespace['zh-CN'] } },
  // A running clock keeps time (and signals zero) whatever page is shown, and shows in the header.
  Effects: WorkshopClockKeeper,
  HeaderItem: RunningWorkshopChip,
});
