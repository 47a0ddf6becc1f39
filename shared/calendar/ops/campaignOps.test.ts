import { describe, expect, it } from 'vitest';
import { workspace as workspaceSchema } from '../../schema/workspace';
import { emptyCampaign } from '../emptyCampaign';
import { campaignOf, itemOf, run, runOk, sample } from './testKit';

const STRATEGY = 'str_kettle';

function newCampaign(fields: Partial<Parameters<typeof emptyCampaign>[0]> = {}) {
  return emptyCampaign({ id: 'cmp_new', name: 'New launch', startDate: '2026-05-01', endDate: '2026-05-07', ...fields });
}

describe('campaign.create', () => {
  it('adds the campaign linked to its promotion item on both sides, and undo takes it back', () => {
    const ws = sample();
    const { next, undone } = runOk(ws, 'campaign.create', { campaign: newCampaign({ strategyId: STRATEGY, promotionItemId: 'pro_1' }) });
    expect(campaignOf(next, 'cmp_new')).toMatchObject({ name: 'New launch', strategyId: STRATEGY, promotionItemId: 'pro_1' });
    expect(itemOf(next, STRATEGY, 'pro_1')!.campaignIds).toEqual(['cmp_launch', 'cmp_new']);
    expect(workspaceSchema.safeParse(next).success).toBe(true);
    expect(undone).toEqual(ws);
  });

  it('refuses an id already used, bad fields, and a strategy or item that is gone', () => {
    const ws = sample();
    expect(run(ws, 'campaign.create', { campaign: newCampaign({ id: 'cmp_launch' }) })).toMatchObject({ ok: false, code: 'refused' });
    expect(run(ws, 'campaign.create', { campaign: newCampaign({ name: '  ' }) })).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(run(ws, 'campaign.create', { campaign: newCampaign({ endDate: '2026-04-01' }) })).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(run(ws, 'campaign.create', { campaign: newCampaign({ strategyId: 'str_gone' }) })).toMatchObject({ ok: false, code: 'conflict' });
    expect(run(ws, 'campaign.create', { campaign: newCampaign({ strategyId: STRATEGY, promotionItemId: 'pro_gone' }) })).toMatchObject({ ok: false, code: 'conflict' });
    expect(run(ws, 'campaign.create', { campaign: newCampaign({ promotionItemId: 'pro_1' }) })).toMatchObject({ ok: false, code: 'refused' });
  });
});

describe('campaign.update', () => {
  it('changes the named fields only; undo restores them', () => {
    const ws = sample();
    const { next, undone } = runOk(ws, 'campaign.update', { campaignId: 'cmp_press', fields: { name: 'Press day', status: 'done', plannedBudget: 12, channels: ['retail'] } });
    expect(campaignOf(next, 'cmp_press')).toMatchObject({ ...campaignOf(ws, 'cmp_press'), name: 'Press day', status: 'done', plannedBudget: 12, channels: ['retail'] });
    expect(undone).toEqual(ws);
  });

  it('a campaign that becomes an event gets its event record; back to a campaign keeps it', () => {
    const ws = sample();
    const { next } = runOk(ws, 'campaign.update', { campaignId: 'cmp_press', fields: { kind: 'event' } });
    expect(campaignOf(next, 'cmp_press')!.event).toMatchObject({ venue: '', boothCost: null });
    const back = runOk(next, 'campaign.update', { campaignId: 'cmp_press', fields: { kind: 'campaign' } }).next;
    expect(campaignOf(back, 'cmp_press')!.event).not.toBeNull();
  });

  it('refuses unknown fields, a blank name and a campaign that is gone', () => {
    const ws = sample();
    expect(run(ws, 'campaign.update', { campaignId: 'cmp_press', fields: { strategyId: null } })).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(run(ws, 'campaign.update', { campaignId: 'cmp_press', fields: { name: '' } })).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(run(ws, 'campaign.update', { campaignId: 'cmp_gone', fields: { name: 'x' } })).toMatchObject({ ok: false, code: 'conflict' });
  });

  it('an unchanged value is no change', () => {
    const ws = sample();
    const result = run(ws, 'campaign.update', { campaignId: 'cmp_press', fields: { name: campaignOf(ws, 'cmp_press')!.name } });
    expect(result).toMatchObject({ ok: true, changes: [] });
  });
});

describe('campaign.reschedule and campaign.shift', () => {
  it('reschedule sets both dates and leaves the activities', () => {
    const ws = sample();
    const before = campaignOf(ws, 'cmp_expo')!;
    const { next, undone } = runOk(ws, 'campaign.reschedule', { campaignId: 'cmp_expo', startDate: before.startDate, endDate: '2026-12-31' });
    expect(campaignOf(next, 'cmp_expo')!.endDate).toBe('2026-12-31');
    expect(campaignOf(next, 'cmp_expo')!.activities).toEqual(before.activities);
    expect(undone).toEqual(ws);
  });

  it('reschedule refuses an end before the start', () => {
    const result = run(sample(), 'campaign.reschedule', { campaignId: 'cmp_expo', startDate: '2026-05-10', endDate: '2026-05-01' });
    expect(result).toMatchObject({ ok: false, code: 'refused', en: 'The end date is before the start date.', zh: '结束日期早于开始日期。' });
  });

  it('shift moves the campaign and its activities by the same days; undo moves them back', () => {
    const ws = sample();
    const before = campaignOf(ws, 'cmp_expo')!;
    const { next, undone } = runOk(ws, 'campaign.shift', { campaignId: 'cmp_expo', days: 7 });
    const after = campaignOf(next, 'cmp_expo')!;
    expect(after.startDate > before.startDate).toBe(true);
    expect(Date.parse(after.startDate) - Date.parse(before.startDate)).toBe(7 * 86_400_000);
    expect(Date.parse(after.endDate) - Date.parse(before.endDate)).toBe(7 * 86_400_000);
    after.activities.forEach((activity, i) => {
      expect(Date.parse(activity.startDate) - Date.parse(before.activities[i]!.startDate)).toBe(7 * 86_400_000);
    });
    expect(undone).toEqual(ws);
  });

  it('shift refuses fractions and a campaign that is gone', () => {
    expect(run(sample(), 'campaign.shift', { campaignId: 'cmp_expo', days: 1.5 })).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(run(sample(), 'campaign.shift', { campaignId: 'cmp_gone', days: 1 })).toMatchObject({ ok: false, code: 'conflict' });
  });
});

describe('campaign.kpi.update and campaign.event.update', () => {
  it('sets a KPI target and clears an actual', () => {
    const ws = sample();
    const { next, undone } = runOk(ws, 'campaign.kpi.update', { campaignId: 'cmp_press', kpi: 'leads', fields: { target: 500, actual: null } });
    expect(campaignOf(next, 'cmp_press')!.kpis.leads).toEqual({ target: 500, actual: null });
    expect(undone).toEqual(ws);
    expect(run(ws, 'campaign.kpi.update', { campaignId: 'cmp_press', kpi: 'likes', fields: { target: 1 } })).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(run(ws, 'campaign.kpi.update', { campaignId: 'cmp_press', kpi: 'leads', fields: { target: -1 } })).toMatchObject({ ok: false, code: 'invalid-args' });
  });

  it('sets event fields, making the record on first use', () => {
    const ws = sample();
    const { next, undone } = runOk(ws, 'campaign.event.update', { campaignId: 'cmp_press', fields: { venue: 'Hall 3', boothCost: 800 } });
    expect(campaignOf(next, 'cmp_press')!.event).toMatchObject({ venue: 'Hall 3', boothCost: 800, contacts: '' });
    expect(undone).toEqual(ws);
    expect(run(ws, 'campaign.event.update', { campaignId: 'cmp_gone', fields: { venue: 'x' } })).toMatchObject({ ok: false, code: 'conflict' });
  });
});

describe('campaign.promotion.set', () => {
  it('moves the campaign to another item, off the old one, in one operation that undo takes back', () => {
    const ws = sample();
    const { next, undone } = runOk(ws, 'campaign.promotion.set', { campaignId: 'cmp_press', strategyId: STRATEGY, promotionItemId: 'pro_1' });
    expect(campaignOf(next, 'cmp_press')).toMatchObject({ strategyId: STRATEGY, promotionItemId: 'pro_1' });
    expect(itemOf(next, STRATEGY, 'pro_2')!.campaignIds).not.toContain('cmp_press');
    expect(itemOf(next, STRATEGY, 'pro_1')!.campaignIds).toContain('cmp_press');
    expect(undone).toEqual(ws);
  });

  it('clearing the item keeps the strategy; clearing the strategy clears both', () => {
    const ws = sample();
    const cleared = runOk(ws, 'campaign.promotion.set', { campaignId: 'cmp_press', strategyId: STRATEGY, promotionItemId: null }).next;
    expect(campaignOf(cleared, 'cmp_press')).toMatchObject({ strategyId: STRATEGY, promotionItemId: null });
    expect(itemOf(cleared, STRATEGY, 'pro_2')!.campaignIds).toEqual([]);
    const none = runOk(ws, 'campaign.promotion.set', { campaignId: 'cmp_press', strategyId: null, promotionItemId: null }).next;
    expect(campaignOf(none, 'cmp_press')).toMatchObject({ strategyId: null, promotionItemId: null });
  });

  it('refuses an item or strategy that is gone, and an item without its strategy', () => {
    const ws = sample();
    expect(run(ws, 'campaign.promotion.set', { campaignId: 'cmp_press', strategyId: STRATEGY, promotionItemId: 'pro_gone' })).toMatchObject({ ok: false, code: 'conflict' });
    expect(run(ws, 'campaign.promotion.set', { campaignId: 'cmp_press', strategyId: 'str_gone', promotionItemId: null })).toMatchObject({ ok: false, code: 'conflict' });
    expect(run(ws, 'campaign.promotion.set', { campaignId: 'cmp_gone', strategyId: null, promotionItemId: null })).toMatchObject({ ok: false, code: 'conflict' });
    expect(run(ws, 'campaign.promotion.set', { campaignId: 'cmp_press', strategyId: null, promotionItemId: 'pro_1' })).toMatchObject({ ok: false, code: 'refused' });
  });
});

describe('campaign.remove', () => {
  it('deletes the campaign and the item no longer lists it; undo restores both', () => {
    const ws = sample();
    const { next, undone } = runOk(ws, 'campaign.remove', { campaignId: 'cmp_tasting' });
    expect(campaignOf(next, 'cmp_tasting')).toBeUndefined();
    expect(itemOf(next, STRATEGY, 'pro_3')!.campaignIds).toEqual(['cmp_festival']);
    expect(undone).toEqual(ws);
  });

  it('leaves an older file\'s one-sided listing alone, so undo gives back exactly what was there', () => {
    const ws = sample();
    itemOf(ws, STRATEGY, 'pro_6')!.campaignIds.push('cmp_gifts');
    const { next, undone } = runOk(ws, 'campaign.remove', { campaignId: 'cmp_gifts' });
    expect(campaignOf(next, 'cmp_gifts')).toBeUndefined();
    expect(undone).toEqual(ws);
  });

  it('refuses a campaign that is gone', () => {
    expect(run(sample(), 'campaign.remove', { campaignId: 'cmp_gone' })).toMatchObject({ ok: false, code: 'conflict' });
  });
});
