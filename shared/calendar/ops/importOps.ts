import { z } from 'zod';
import { defineOperation } from '../../ops/defineOperation';
import { campaign } from '../../schema/campaign';
import { CSV_LIMITS } from '../campaignCsv';
import { addCampaigns } from '../campaignRecords';
import { plain as baseOf } from '../../ops/findById';
import { ICS_LIMITS } from '../icsImport';

/** The most campaigns one import adds: what one CSV or ICS file may hold. */
export const MAX_IMPORTED = Math.max(CSV_LIMITS.maxRows, ICS_LIMITS.maxEvents);

export const importOperations = {
  /**
   * The valid rows of a CSV or ICS import, parsed and confirmed in the preview, added in one
   * operation (one undo step), each with its promotion link on both sides. A campaign whose id is
   * already in the workspace (the same import made in another window) is left out.
   */
  'campaign.importMany': defineOperation('campaign.importMany', z.object({ campaigns: z.array(campaign).min(1).max(MAX_IMPORTED) }).strict(), (draft, args) => {
    // A strategy deleted since the file was read is not linked (the campaign comes in without it).
    const strategyIds = new Set(baseOf(draft.strategies).map((strategy) => strategy.id));
    addCampaigns(draft, args.campaigns.map((c) => (c.strategyId === null || strategyIds.has(c.strategyId) ? c : { ...c, strategyId: null, promotionItemId: null })));
  }),
};
