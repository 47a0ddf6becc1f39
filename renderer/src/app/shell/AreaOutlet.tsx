import type { ComponentType } from 'react';
import { CalendarPage } from '../../features/calendar/CalendarPage';
import { DashboardPage } from '../../features/dashboard/DashboardPage';
import { DocumentsPage } from '../../features/documents/DocumentsPage';
import { PlanPage } from '../../features/plan/PlanPage';
import { SettingsPage } from '../../features/settings/SettingsPage';
import { StrategyPage } from '../../features/strategy/StrategyPage';
import { WorkshopPage } from '../../features/workshop/WorkshopPage';
import type { Area, Route } from '../routing/areas';

const PAGES: Record<Area, ComponentType<{ section: string | null }>> = {
  dashboard: DashboardPage,
  strategy: StrategyPage,
  calendar: CalendarPage,
  documents: DocumentsPage,
  plan: PlanPage,
  workshop: WorkshopPage,
  settings: SettingsPage,
};

/** The page for the current route; each area owns its page under features/. */
export function AreaOutlet({ route }: { route: Route }) {
  const Page = PAGES[route.area];
  return <Page section={route.section} />;
}
