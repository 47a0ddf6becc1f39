import type { ActivityFields, CampaignFields, EventFields, KpiFields, KpiName } from '../../../../../shared/calendar/campaignEdits';
import type { Campaign } from '../../../../../shared/schema/campaign';
import type { Activity } from './campaignRecords';

/**
 * The changes the editor's tabs make to a campaign. A stored campaign runs each as one operation
 * (one undo step); a new campaign applies the same change to its draft, kept in the modal until Create.
 */
export interface CampaignChanges {
  update(fields: CampaignFields): void;
  /** Start and end together (the activities stay where they are). */
  reschedule(startDate: string, endDate: string): void;
  updateKpi(kpi: KpiName, fields: KpiFields): void;
  updateEvent(fields: EventFields): void;
  addActivity(activity: Activity): void;
  updateActivity(activityId: string, fields: ActivityFields): void;
  rescheduleActivity(activityId: string, startDate: string, endDate: string): void;
}

/**
 * What every editor tab gets. The same tabs edit a new draft (kept in the modal until Create) and
 * a stored campaign (each change one undoable operation): only `change` differs.
 */
export interface CampaignFormProps {
  campaign: Campaign;
  change: CampaignChanges;
  /** Strategy and promotion item together, so the item's campaign list stays true. */
  setPromotion: (strategyId: string | null, itemId: string | null) => void;
  removeActivity: (activity: Activity) => void;
  canEdit: boolean;
  isNew: boolean;
  currency: string;
}
