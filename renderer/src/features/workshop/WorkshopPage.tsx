import { WorkshopOverview } from './WorkshopOverview';

/** The Workshop area: the list of workshops, or one workshop (section = its id). */
export function WorkshopPage(_props: { section: string | null }) {
  return <WorkshopOverview />;
}
