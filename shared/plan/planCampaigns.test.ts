import { describe, expect, it } from 'vitest';
import { createSampleWorkspace } from '../samplePlan/samplePlan';
import { isScheduled, planCampaigns } from './planCampaigns';

const sample = createSampleWorkspace('en', new Date('2026-05-20T09:00:00Z'));
const launch = sample.campaigns.find((c) => c.id === 'cmp_launch')!;
const campaigns = [
  { ...launch, id: 'late', name: 'Late', startDate: '2026-12-30', endDate: '2027-01-10', strategyId: null },
  { ...launch, id: 'early', name: 'Early', startDate: '2025-12-01', endDate: '2026-01-01' },
  { ...launch, id: 'outside', name: 'Outside', startDate: '2025-01-01', endDate: '2025-12-31' },
  { ...launch, id: 'q2', name: 'Q2', startDate: '2026-04-01', endDate: '2026-04-30', strategyId: 'str_other' },
];
const workspace = { campaigns };
const year = { start: '2026-01-01', end: '2026-12-31' };

describe('planCampaigns', () => {
  it('keeps campaigns touching the period, sorted by start date', () => {
    expect(planCampaigns(workspace, { strategyIds: [] }, year).map((c) => c.id)).toEqual(['early', 'q2', 'late']);
    expect(planCampaigns(workspace, { strategyIds: [] }, { start: '2026-04-01', end: '2026-06-30' }).map((c) => c.id)).toEqual(['q2']);
  });

  it('keeps only the chosen strategies when the plan names some', () => {
    expect(planCampaigns(workspace, { strategyIds: ['str_kettle'] }, year).map((c) => c.id)).toEqual(['early']);
  });

  it('covers the whole sample year', () => {
    expect(planCampaigns(sample, sample.marketingPlan, year)).toHaveLength(sample.campaigns.length);
  });
});

describe('isScheduled', () => {
  it('leaves out ideas and cancelled campaigns', () => {
    expect((['idea', 'planned', 'in-progress', 'done', 'cancelled'] as const).map((status) => isScheduled({ status }))).toEqual([false, true, true, true, false]);
  });
});
