import { IconCalendarEvent, IconFileText, IconLayoutDashboard, IconPresentationAnalytics, IconSettings, IconTarget, IconUsersGroup, type Icon } from '@tabler/icons-react';
import type { Area } from '../routing/areas';

export const AREA_ICONS: Record<Area, Icon> = {
  dashboard: IconLayoutDashboard,
  strategy: IconTarget,
  calendar: IconCalendarEvent,
  documents: IconFileText,
  plan: IconPresentationAnalytics,
  workshop: IconUsersGroup,
  settings: IconSettings,
};
