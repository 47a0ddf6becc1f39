import type { ChannelType } from '../calendar/campaignFilter';

/**
 * The calendar area's words that code without the UI's i18n needs: what the plan's budget charts
 * draw (planned against actual spend per channel and per month), in the plan's language. Wording
 * follows the budget screen.
 */
export const calendarEn = {
  printCharts: {
    planned: 'Planned',
    actual: 'Actual',
    allocation: 'Allocation',
    overBudget: 'Over budget',
    noChannel: 'No channel',
    channelTypes: {
      'online-store': 'Online store',
      marketplace: 'Marketplace',
      retail: 'Retail',
      distributor: 'Distributor / agent',
      'direct-sales': 'Direct sales',
      partner: 'Partner / carrier',
    } satisfies Record<ChannelType, string>,
  },
};
