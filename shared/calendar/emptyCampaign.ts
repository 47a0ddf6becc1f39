import type { Campaign } from '../schema/campaign';

export type EventDetails = NonNullable<Campaign['event']>;

/** Every KPI with no target and no actual yet. */
export function emptyKpis(): Campaign['kpis'] {
  const none = () => ({ target: null, actual: null });
  return { reach: none(), leads: none(), conversions: none(), revenue: none() };
}

/** The event / trade-show record with nothing filled in. */
export function emptyEventDetails(): EventDetails {
  return { venue: '', boothCost: null, otherCosts: null, expectedValue: null, leadsCollected: null, contacts: '', competitorIntel: '', brandNotes: '' };
}

/**
 * A campaign with only what identifies it: planned, no channels, no money, no KPIs, no activities.
 * The editor, the CSV and ICS imports and the tests all start from here, then set what they know.
 */
export function emptyCampaign(fields: Pick<Campaign, 'id' | 'name' | 'startDate' | 'endDate'> & Partial<Campaign>): Campaign {
  return {
    kind: 'campaign', objective: '', strategyId: null, promotionItemId: null, channels: [], owner: '', status: 'planned',
    plannedBudget: 0, actualSpend: 0, kpis: emptyKpis(), activities: [], event: null, notes: '',
    ...fields,
  };
}
