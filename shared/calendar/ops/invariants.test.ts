import { produce, type Draft } from 'immer';
import { describe, expect, it } from 'vitest';
import { operationSet } from '../../ops/registry';
import { settle, type RunResult } from '../../ops/runOperation';
import type { Workspace } from '../../schema/workspace';
import { linkPromotionCampaigns } from '../../strategy/promotionLinks';
import { removeAction, addAction } from '../../workshop/actions';
import { campaignPromotionLinks } from './invariants';
import { campaignOf, itemOf, run, runOk, sample } from './testKit';

/** Any change to the workspace, checked as an operation's result would be (validation, then invariants). */
function change(ws: Workspace, recipe: (draft: Draft<Workspace>) => void): RunResult {
  return settle(operationSet, ws, produce(ws, recipe));
}
const strategy = (draft: Draft<Workspace>) => draft.strategies.find((s) => s.id === 'str_kettle')!;
const item = (draft: Draft<Workspace>, itemId: string) => strategy(draft).promotion.items.find((i) => i.id === itemId)!;
const campaign = (draft: Draft<Workspace>, campaignId: string) => draft.campaigns.find((c) => c.id === campaignId)!;

describe('campaign-promotion-links', () => {
  it('is registered, watching campaigns and strategies', () => {
    expect(operationSet.invariants).toContain(campaignPromotionLinks);
    expect(campaignPromotionLinks.watches).toEqual(['campaigns', 'strategies']);
  });

  it('refuses a campaign linked to a promotion item that does not exist, with an English and a Chinese message', () => {
    const ws = sample();
    const result = change(ws, (d) => { campaign(d, 'cmp_press').promotionItemId = 'pro_gone'; });
    expect(result).toMatchObject({ ok: false, code: 'refused' });
    if (result.ok) return;
    expect(result.en).toContain('is linked to a promotion item that no longer exists');
    expect(result.en).toContain(campaignOf(ws, 'cmp_press')!.name);
    expect(result.zh).toContain('关联的促销组合项已不在其策略中');
  });

  it('refuses a campaign linked to a strategy that does not exist', () => {
    const result = change(sample(), (d) => { campaign(d, 'cmp_gifts').strategyId = 'str_gone'; });
    expect(result).toMatchObject({ ok: false, code: 'refused' });
    if (!result.ok) expect(result.zh).toContain('关联的策略已不存在');
  });

  it('refuses a one-sided link from either side', () => {
    const ws = sample();
    // The campaign names the item, the item does not list it.
    expect(change(ws, (d) => { campaign(d, 'cmp_gifts').promotionItemId = 'pro_1'; })).toMatchObject({ ok: false, code: 'refused' });
    // The item lists a campaign that names another item.
    expect(change(ws, (d) => { item(d, 'pro_1').campaignIds.push('cmp_press'); })).toMatchObject({ ok: false, code: 'refused' });
    // The item lists a campaign twice.
    expect(change(ws, (d) => { item(d, 'pro_1').campaignIds.push('cmp_launch'); })).toMatchObject({ ok: false, code: 'refused' });
    // The campaign moves to another item but the old item still lists it.
    expect(change(ws, (d) => {
      campaign(d, 'cmp_press').promotionItemId = 'pro_1';
      item(d, 'pro_1').campaignIds.push('cmp_press');
    })).toMatchObject({ ok: false, code: 'refused' });
  });

  it('refuses an item listing a campaign that does not exist', () => {
    const result = change(sample(), (d) => { item(d, 'pro_1').campaignIds.push('cmp_gone'); });
    expect(result).toMatchObject({ ok: false, code: 'refused' });
    if (!result.ok) expect(result.en).toContain('lists a campaign that no longer exists (cmp_gone)');
  });

  it('refuses deleting a campaign while its item still lists it; campaign.remove unlinks it', () => {
    const ws = sample();
    expect(change(ws, (d) => { d.campaigns = d.campaigns.filter((c) => c.id !== 'cmp_press'); })).toMatchObject({ ok: false, code: 'refused' });
    expect(run(ws, 'campaign.remove', { campaignId: 'cmp_press' })).toMatchObject({ ok: true });
  });

  it('refuses removing a promotion item (or strategy) while campaigns still name it; clearing them in the same change is fine', () => {
    const ws = sample();
    const dropItem = (d: Draft<Workspace>) => { strategy(d).promotion.items = strategy(d).promotion.items.filter((i) => i.id !== 'pro_3'); };
    expect(change(ws, dropItem)).toMatchObject({ ok: false, code: 'refused' });
    expect(change(ws, (d) => {
      dropItem(d);
      for (const id of ['cmp_tasting', 'cmp_festival']) campaign(d, id).promotionItemId = null;
    })).toMatchObject({ ok: true });
    const dropStrategy = (d: Draft<Workspace>) => { d.strategies = d.strategies.filter((s) => s.id !== 'str_kettle'); };
    expect(change(ws, dropStrategy)).toMatchObject({ ok: false, code: 'refused' });
    expect(change(ws, (d) => {
      dropStrategy(d);
      for (const c of d.campaigns) if (c.strategyId === 'str_kettle') Object.assign(c, { strategyId: null, promotionItemId: null });
    })).toMatchObject({ ok: true });
  });

  it('accepts the strategy side\'s linkPromotionCampaigns, which keeps both sides in step', () => {
    const ws = sample();
    const result = change(ws, (d) => linkPromotionCampaigns(d, 'str_kettle', 'pro_1', ['cmp_launch', 'cmp_press', 'cmp_gifts']));
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    expect(itemOf(result.workspace, 'str_kettle', 'pro_2')!.campaignIds).toEqual([]);
    expect(campaignOf(result.workspace, 'cmp_gifts')).toMatchObject({ strategyId: 'str_kettle', promotionItemId: 'pro_1' });
  });

  it('does not hold an older file\'s broken link against an unrelated edit of the same campaign', () => {
    const ws = produce(sample(), (d) => { campaign(d, 'cmp_press').promotionItemId = 'pro_gone'; });
    expect(runOk(ws, 'campaign.update', { campaignId: 'cmp_press', fields: { name: 'Renamed' } }).next).toBeTruthy();
    // …nor against a strategy edit whose item lists a campaign long gone.
    const stale = produce(sample(), (d) => { item(d, 'pro_6').campaignIds.push('cmp_deleted_long_ago'); });
    expect(change(stale, (d) => { strategy(d).name = 'Renamed strategy'; })).toMatchObject({ ok: true });
    // It can be repaired by setting the link again (undoing that would make it dangling again, and is refused).
    const repaired = run(ws, 'campaign.promotion.set', { campaignId: 'cmp_press', strategyId: 'str_kettle', promotionItemId: 'pro_2' });
    expect(repaired.ok && campaignOf(repaired.workspace, 'cmp_press')!.promotionItemId).toBe('pro_2');
  });
});

describe('workshop actions and the calendar (today\'s behaviour, kept)', () => {
  function withAction(): Workspace {
    return produce(sample(), (d) => {
      const result = addAction(d as Workspace, d.workshops[0]!.id, { id: 'act_item', title: 'Send samples', owner: 'Li', dueDate: '2026-05-03', campaignId: 'cmp_press' }, { activityId: 'acty_ws' }, 'Workshop actions');
      if (!result.ok) throw new Error(result.reason);
    });
  }

  it('removing the campaign of an action leaves the action as it is', () => {
    const ws = withAction();
    const action = ws.workshops[0]!.actions.find((a) => a.id === 'act_item')!;
    const { next, undone } = runOk(ws, 'campaign.remove', { campaignId: 'cmp_press' });
    expect(next.workshops[0]!.actions.find((a) => a.id === 'act_item')).toEqual(action);
    expect(undone).toEqual(ws);
  });

  it('removing the task activity of an action leaves the action; the workshop can still remove the action', () => {
    const ws = withAction();
    const { next } = runOk(ws, 'campaign.activity.remove', { campaignId: 'cmp_press', activityId: 'acty_ws' });
    expect(next.workshops[0]!.actions.find((a) => a.id === 'act_item')).toMatchObject({ campaignId: 'cmp_press', activityId: 'acty_ws' });
    const after = produce(next, (d) => removeAction(d as Workspace, d.workshops[0]!.id, 'act_item'));
    expect(after.workshops[0]!.actions.some((a) => a.id === 'act_item')).toBe(false);
  });
});
