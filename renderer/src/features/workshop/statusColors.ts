import type { WorkshopSession } from '../../../../shared/schema/workshop';

/** Mantine colours for a workshop's status badge, the same in the list and the detail header. */
export const WORKSHOP_STATUS_COLORS: Record<WorkshopSession['status'], string> = {
  planned: 'blue', running: 'green', paused: 'yellow', ended: 'gray',
};
