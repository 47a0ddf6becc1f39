import { IconUsersGroup } from '@tabler/icons-react';
import { defineArea } from '../../kernel/areas/areaDescriptor';
import { boardEn } from './board/i18n/boardEn';
import { boardZh } from './board/i18n/boardZh';
import { workshopEn } from './i18n/workshopEn';
import { workshopZh } from './i18n/workshopZh';
import { runEn } from './run/i18n/runEn';
import { runZh } from './run/i18n/runZh';
import { RunningWorkshopChip } from './run/RunningWorkshopChip';
import { WorkshopClockKeeper } from './run/WorkshopClockKeeper';
import { WorkshopPage } from './WorkshopPage';

declare module '../../kernel/routing/route' {
  interface AreaIds { workshop: true }
}
declare module '../../kernel/i18n/resources' {
  interface AreaNamespaces { workshop: typeof workshopEn; workshopRun: typeof runEn; workshopBoard: typeof boardEn }
}

/** Workshops: set-up, the timed run, the board of notes and decisions, and the record. */
export const area = defineArea({
  id: 'workshop',
  navKey: 'nav.workshop',
  icon: IconUsersGroup,
  page: WorkshopPage,
  resources: {
    en: { workshop: workshopEn, workshopRun: runEn, workshopBoard: boardEn },
    'zh-CN': { workshop: workshopZh, workshopRun: runZh, workshopBoard: boardZh },
  },
  // A running clock keeps time (and signals zero) whatever page is shown, and shows in the header.
  Effects: WorkshopClockKeeper,
  HeaderItem: RunningWorkshopChip,
});
