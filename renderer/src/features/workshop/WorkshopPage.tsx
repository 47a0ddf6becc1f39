import { useOpenSession } from '../../kernel/workspace/WorkspaceContext';
import { WorkshopDetail } from './detail/WorkshopDetail';
import { WorkshopList } from './list/WorkshopList';

/** The Workshop area: the list of workshops (#/workshop), or one workshop (#/workshop/<id>). */
export function WorkshopPage({ section }: { section: string | null }) {
  const session = useOpenSession();
  if (!session) return null;
  // Keyed by id so switching workshops starts with fresh tab and field state.
  if (section) return <WorkshopDetail key={section} workshopId={section} />;
  return <WorkshopList />;
}
