import { describe, expect, it } from 'vitest';
import type { Workspace } from '../../schema/workspace';
import { SID, applied, codeOf, run, sample, strategyOf, undone } from './testKit';

const campaign = (ws: Workspace, id: string) => ws.campaigns.find((c) => c.id === id)!;
const item = (ws: Workspace, id: string, strategyId = SID) => strategyOf(ws, strategyId).promotion.items.find((i) => i.id === id)!;
const newItem = { id: 'pro_new', type: 'advertising', objective: '', keyMessage: '', budget: null, kpi: '' } as const;

describe('strategy.promotion.update', () => {
  it('sets the notes', () => {
    const ws = sample();
    const { next, result } = applied(ws, 'strategy.promotion.update', { strategyId: SID, fields: { notes: 'Spring push.' } });
    expect(strategyOf(next).promotion.notes).toBe('Spring push.');
    expect(undone(result)).toEqual(ws);
  });
});

describe('promotion items', () => {
  it('adds an item that links no campaign, and refuses campaign links given at once', () => {
    const ws = sample();
    const { next, result } = applied(ws, 'strategy.promotionItem.add', { strategyId: SID, item: newItem });
    expect(item(next, 'pro_new')).toEqual({ ...newItem, campaignIds: [] });
    expect(undone(result)).toEqual(ws);
    expect(codeOf(run(ws, 'strategy.promotionItem.add', { strategyId: SID, item: { ...newItem, campaignIds: ['cmp_launch'] } } as never))).toBe('invalid-args');
    expect(codeOf(run(ws, 'strategy.promotionItem.add', { strategyId: SID, item: { ...newItem, id: 'pro_1' } }))).toBe('refused');
  });

  it('updates the item’s own fields but never its campaign list', () => {
    const ws = sample();
    const { next, result } = applied(ws, 'strategy.promotionItem.update', { strategyId: SID, id: 'pro_1', fields: { budget: 1000, kpi: 'Reach' } });
    expect(item(next, 'pro_1')).toEqual({ ...item(ws, 'pro_1'), budget: 1000, kpi: 'Reach' });
    expect(undone(result)).toEqual(ws);
    expect(codeOf(run(ws, 'strategy.promotionItem.update', { strategyId: SID, id: 'pro_1', fields: { campaignIds: [] } as never }))).toBe('invalid-args');
    expect(codeOf(run(ws, 'strategy.promotionItem.update', { strategyId: SID, id: 'pro_gone', fields: { kpi: 'x' } }))).toBe('conflict');
  });

  it('removing an item unlinks its campaigns (they keep the strategy) in the same step', () => {
    const ws = sample();
    const linked = ws.campaigns.filter((c) => c.promotionItemId === 'pro_3').map((c) => c.id);
    expect(linked.length).toBeGreaterThan(0);
    const { next, result } = applied(ws, 'strategy.promotionItem.remove', { strategyId: SID, id: 'pro_3' });
    expect(strategyOf(next).promotion.items.some((i) => i.id === 'pro_3')).toBe(false);
    for (const id of linked) expect(campaign(next, id)).toMatchObject({ strategyId: SID, promotionItemId: null });
    expect(ws.campaigns.filter((c) => c.promotionItemId === 'pro_1').every((c) => campaign(next, c.id).promotionItemId === 'pro_1')).toBe(true);
    expect(undone(result)).toEqual(ws);
    expect(codeOf(run(next, 'strategy.promotionItem.remove', { strategyId: SID, id: 'pro_3' }))).toBe('conflict');
  });

  it('removing an item of a copied strategy leaves the original’s campaigns (same item ids) alone', () => {
    const ws = applied(sample(), 'strategy.duplicate', { sourceId: SID, id: 'str_copy', name: 'Copy' }).next;
    const { next } = applied(ws, 'strategy.promotionItem.remove', { strategyId: 'str_copy', id: 'pro_1' });
    expect(next.campaigns).toBe(ws.campaigns);
  });
});

describe('strategy.promotionItem.setCampaigns', () => {
  it('links campaigns on both sides and takes a campaign from the item it served before', () => {
    const ws = sample();
    const press = campaign(ws, 'cmp_press');
    expect(press.promotionItemId).toBe('pro_2');
    const { next, result } = applied(ws, 'strategy.promotionItem.setCampaigns', { strategyId: SID, itemId: 'pro_1', campaignIds: [...item(ws, 'pro_1').campaignIds, 'cmp_press'] });
    expect(item(next, 'pro_1').campaignIds).toContain('cmp_press');
    expect(item(next, 'pro_2').campaignIds).not.toContain('cmp_press');
    expect(campaign(next, 'cmp_press')).toMatchObject({ strategyId: SID, promotionItemId: 'pro_1' });
    expect(undone(result)).toEqual(ws);
  });

  it('a campaign taken off the list keeps its strategy but no longer names the item', () => {
    const ws = sample();
    const { next } = applied(ws, 'strategy.promotionItem.setCampaigns', { strategyId: SID, itemId: 'pro_3', campaignIds: ['cmp_tasting'] });
    expect(campaign(next, 'cmp_festival')).toMatchObject({ strategyId: SID, promotionItemId: null });
    expect(item(next, 'pro_3').campaignIds).toEqual(['cmp_tasting']);
  });

  it('gives a conflict for a campaign, item or strategy that is gone, and refuses bad ids', () => {
    const ws = sample();
    expect(codeOf(run(ws, 'strategy.promotionItem.setCampaigns', { strategyId: SID, itemId: 'pro_1', campaignIds: ['cmp_gone'] }))).toBe('conflict');
    expect(codeOf(run(ws, 'strategy.promotionItem.setCampaigns', { strategyId: SID, itemId: 'pro_gone', campaignIds: [] }))).toBe('conflict');
    expect(codeOf(run(ws, 'strategy.promotionItem.setCampaigns', { strategyId: 'str_gone', itemId: 'pro_1', campaignIds: [] }))).toBe('conflict');
    expect(codeOf(run(ws, 'strategy.promotionItem.setCampaigns', { strategyId: SID, itemId: 'pro_1', campaignIds: ['bad id'] }))).toBe('invalid-args');
  });
});
