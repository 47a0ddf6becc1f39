import { describe, expect, it } from 'vitest';
import { campaign } from '../schema/campaign';
import { emptyCampaign, emptyEventDetails } from './emptyCampaign';

describe('emptyCampaign', () => {
  it('is a valid campaign with nothing planned, and takes what the caller knows', () => {
    const blank = emptyCampaign({ id: 'c1', name: 'Launch', startDate: '2026-03-01', endDate: '2026-03-07' });
    expect(campaign.parse(blank)).toEqual(blank);
    expect([blank.status, blank.kind, blank.plannedBudget, blank.kpis.leads.target]).toEqual(['planned', 'campaign', 0, null]);
    const show = emptyCampaign({ id: 'c2', name: 'Expo', startDate: '2026-05-01', endDate: '2026-05-03', kind: 'trade-show', event: emptyEventDetails() });
    expect(campaign.parse(show).event?.venue).toBe('');
  });

  it('never shares nested objects between campaigns', () => {
    const a = emptyCampaign({ id: 'a', name: 'A', startDate: '2026-01-01', endDate: '2026-01-01' });
    const b = emptyCampaign({ id: 'b', name: 'B', startDate: '2026-01-01', endDate: '2026-01-01' });
    a.kpis.reach.target = 5;
    a.activities.push({ id: 'x', level: 'task', title: 'T', startDate: '2026-01-01', endDate: '2026-01-01', owner: '', done: false });
    expect([b.kpis.reach.target, b.activities]).toEqual([null, []]);
  });
});
