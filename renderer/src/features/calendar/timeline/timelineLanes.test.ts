import { describe, expect, it } from 'vitest';
import type { Campaign } from '../../../../../shared/schema/campaign';
import { buildLanes, countBlocks, limitLanes } from './timelineLanes';
import { periodBounds } from './timelineLayout';

function campaign(id: string, startDate: string, endDate: string, extra: Partial<Campaign> = {}): Campaign {
  const kpi = { target: null, actual: null };
  return {
    id, name: id, kind: 'campaign', objective: '', strategyId: null, promotionItemId: null, channels: [], owner: '',
    status: 'planned', startDate, endDate, plannedBudget: 0, actualSpend: 0,
    kpis: { reach: kpi, leads: kpi, conversions: kpi, revenue: kpi }, activities: [], event: null, notes: '', ...extra,
  };
}

const q2 = periodBounds({ kind: 'quarter', year: 2026, quarter: 2 });

describe('buildLanes', () => {
  it('gives one lane per campaign overlapping the period, in date order, and leaves out the rest', () => {
    const lanes = buildLanes([
      campaign('late', '2026-06-01', '2026-06-10'),
      campaign('outside', '2026-01-01', '2026-01-10'),
      campaign('early', '2026-03-20', '2026-04-05'),
    ], q2, 'campaign');
    expect(lanes.map((lane) => lane.key)).toEqual(['early', 'late']);
    expect(lanes[0]!.blocks[0]!.placement.clippedStart).toBe(true);
  });

  it('places milestones as days and other activities as ranges, skipping those outside', () => {
    const activity = (id: string, level: 'milestone' | 'task', startDate: string, endDate: string) =>
      ({ id, level, title: id, startDate, endDate, owner: '', done: false });
    const [lane] = buildLanes([campaign('c', '2026-04-01', '2026-06-30', {
      activities: [activity('m', 'milestone', '2026-05-01', '2026-05-01'), activity('t', 'task', '2026-04-01', '2026-04-10'), activity('x', 'milestone', '2026-08-01', '2026-08-01')],
    })], q2, 'campaign');
    expect(lane!.blocks[0]!.milestones.map((m) => m.activity.id)).toEqual(['m']);
    expect(lane!.blocks[0]!.activities.map((a) => a.activity.id)).toEqual(['t']);
  });

  it('stacks a channel lane into rows and puts multi-channel campaigns in each lane', () => {
    const lanes = buildLanes([
      campaign('a', '2026-04-01', '2026-04-30', { channels: ['retail'] }),
      campaign('b', '2026-04-15', '2026-05-15', { channels: ['retail', 'partner'] }),
      campaign('c', '2026-05-01', '2026-05-10'),
    ], q2, 'channel');
    const retail = lanes.find((lane) => lane.channel === 'retail')!;
    expect(retail.rowCount).toBe(2);
    expect(lanes.find((lane) => lane.channel === 'partner')!.blocks.map((b) => b.campaign.id)).toEqual(['b']);
    expect(lanes.find((lane) => lane.channel === 'none')!.blocks.map((b) => b.campaign.id)).toEqual(['c']);
    expect(lanes.filter((lane) => lane.channel !== 'none')).toHaveLength(6);
  });
});

describe('limitLanes', () => {
  it('keeps the first per-campaign lanes only', () => {
    const lanes = buildLanes(Array.from({ length: 10 }, (_, i) => campaign(`c${i}`, '2026-04-01', '2026-04-02')), q2, 'campaign');
    expect(countBlocks(lanes)).toBe(10);
    expect(limitLanes(lanes, 3).map((lane) => lane.key)).toEqual(['c0', 'c1', 'c2']);
    expect(limitLanes(lanes, 20)).toHaveLength(10);
  });

  it('cuts every channel lane to the same number of rows', () => {
    const busy = Array.from({ length: 6 }, (_, i) => campaign(`r${i}`, '2026-04-01', '2026-04-30', { channels: ['retail'] }));
    const quiet = [campaign('p0', '2026-04-01', '2026-04-30', { channels: ['partner'] })];
    const lanes = limitLanes(buildLanes([...busy, ...quiet], q2, 'channel'), 4);
    expect(lanes.find((lane) => lane.channel === 'retail')!.blocks.map((b) => b.campaign.id)).toEqual(['r0', 'r1', 'r2']);
    expect(lanes.find((lane) => lane.channel === 'partner')!.blocks).toHaveLength(1);
    expect(countBlocks(lanes)).toBe(4);
  });
});
