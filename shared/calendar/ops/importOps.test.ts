import { describe, expect, it } from 'vitest';
import { workspace as workspaceSchema } from '../../schema/workspace';
import { emptyCampaign } from '../emptyCampaign';
import { campaignOf, itemOf, run, runOk, sample } from './testKit';

const rows = Array.from({ length: 3 }, (_, i) => emptyCampaign({ id: `cmp_imp${i}`, name: `Imported ${i}`, startDate: '2026-08-01', endDate: '2026-08-05', strategyId: 'str_kettle' }));

describe('campaign.importMany', () => {
  it('adds every campaign in one operation that one undo takes back', () => {
    const ws = sample();
    const { next, undone } = runOk(ws, 'campaign.importMany', { campaigns: rows });
    expect(next.campaigns.slice(-3).map((c) => c.name)).toEqual(['Imported 0', 'Imported 1', 'Imported 2']);
    expect(workspaceSchema.safeParse(next).success).toBe(true);
    expect(undone).toEqual(ws);
  });

  it('links promotion items on both sides, leaves out ids already there and strategies that are gone', () => {
    const ws = sample();
    const linked = { ...rows[0]!, promotionItemId: 'pro_4' };
    const orphan = { ...rows[1]!, strategyId: 'str_gone' };
    const again = { ...rows[2]!, id: 'cmp_launch' };
    const { next } = runOk(ws, 'campaign.importMany', { campaigns: [linked, orphan, again] });
    expect(itemOf(next, 'str_kettle', 'pro_4')!.campaignIds).toEqual(['cmp_loyalty', 'cmp_imp0']);
    expect(campaignOf(next, 'cmp_imp1')).toMatchObject({ strategyId: null, promotionItemId: null });
    expect(next.campaigns.length).toBe(ws.campaigns.length + 2);
    expect(campaignOf(next, 'cmp_launch')).toEqual(campaignOf(ws, 'cmp_launch'));
  });

  it('refuses an empty import and invalid rows', () => {
    const ws = sample();
    expect(run(ws, 'campaign.importMany', { campaigns: [] })).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(run(ws, 'campaign.importMany', { campaigns: [{ ...rows[0]!, endDate: '2026-07-01' }] })).toMatchObject({ ok: false, code: 'invalid-args' });
  });
});
