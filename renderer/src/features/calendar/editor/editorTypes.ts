import type { Draft } from 'immer';
import type { Campaign } from '../../../../../shared/schema/campaign';
import type { Activity } from './campaignRecords';

export type CampaignRecipe = (campaign: Draft<Campaign>) => void;

/**
 * What every editor tab gets. The same tabs edit a new draft (kept in the modal until Create) and
 * a stored campaign (each change one undoable workspace edit): only `change` differs.
 */
export interface CampaignFormProps {
  campaign: Campaign;
  change: (recipe: CampaignRecipe) => void;
  /** Strategy and promotion item together, so the item's campaign list stays true. */
  setPromotion: (strategyId: string | null, itemId: string | null) => void;
  removeActivity: (activity: Activity) => void;
  canEdit: boolean;
  isNew: boolean;
  currency: string;
}
