import type { z } from 'zod';
import type { CampaignKind, CampaignStatus, ChannelType } from '../calendar/campaignFilter';
import type { confidence } from '../schema/primitives';
import type { promotionType } from '../schema/strategy';

/**
 * Words every area shares: punctuation that differs by language, the "not set" dash, month and
 * quarter names, and the names of the workspace's enums as printed (campaign status and kind,
 * confidence, promotion and channel types). The vocabulary follows the strategy and calendar screens.
 */
export const commonEn = {
  /** Between a label and its value: ": " / "：". */
  colon: ': ',
  /** Joins list items on one line or in a table cell: ", " / "、". */
  listSeparator: ', ',
  /** A value that is not set. */
  none: '—',
  /** Short month names, January first: Jan–Dec / 1月–12月. */
  months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const,
  /** Short quarter names: Q1–Q4 / 一季度–四季度. */
  quarters: ['Q1', 'Q2', 'Q3', 'Q4'] as const,
  /** A quarter of a year, `quarter` being one of `quarters`: "Q2 2026" / "2026 年第二季度" (as the plan period says it). */
  quarterOfYear: '{{quarter}} {{year}}',
  campaignStatus: { idea: 'Idea', planned: 'Planned', 'in-progress': 'In progress', done: 'Done', cancelled: 'Cancelled' } satisfies Record<CampaignStatus, string>,
  campaignKind: { campaign: 'Campaign', event: 'Event', 'trade-show': 'Trade show' } satisfies Record<CampaignKind, string>,
  confidence: { low: 'Low', medium: 'Medium', high: 'High' } satisfies Record<z.infer<typeof confidence>, string>,
  promotionTypes: {
    advertising: 'Advertising', pr: 'Public relations', 'sales-promotion': 'Sales promotion',
    'direct-marketing': 'Direct marketing', events: 'Events & trade shows', 'content-social': 'Content & social',
  } satisfies Record<z.infer<typeof promotionType>, string>,
  channelTypes: {
    'online-store': 'Online store', marketplace: 'Marketplace', retail: 'Retail',
    distributor: 'Distributor / agent', 'direct-sales': 'Direct sales', partner: 'Partner / carrier',
  } satisfies Record<ChannelType, string>,
};
