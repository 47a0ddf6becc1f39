import { describe, expect, it } from 'vitest';
import { createSampleWorkspace } from '../samplePlan/samplePlan';
import { workspace as workspaceSchema } from '../schema/workspace';
import { linkPromotionCampaigns } from './promotionLinks';

const sample = () => createSampleWorkspace('en', new Date('2026-01-15T09:00:00Z'));

describe('linkPromotionCampaigns', () => {
  it('links a campaign on both sides and unlinks it from the item it served before', () => {
    const ws = sample();
    // cmp_gifts has no promotion item in the sample; cmp_press serves pro_2.
    linkPromotionCampaigns(ws, 'str_kettle', 'pro_1', ['cmp_launch', 'cmp_gifts', 'cmp_press']);
    const items = ws.strategies[0]!.promotion.items;
    expect(items.find((i) => i.id === 'pro_1')!.campaignIds).toEqual(['cmp_launch', 'cmp_gifts', 'cmp_press']);
    expect(items.find((i) => i.id === 'pro_2')!.campaignIds).toEqual([]);
    const press = ws.campaigns.find((c) => c.id === 'cmp_press')!;
    expect([press.strategyId, press.promotionItemId]).toEqual(['str_kettle', 'pro_1']);
    expect(ws.campaigns.find((c) => c.id === 'cmp_gifts')!.promotionItemId).toBe('pro_1');
    expect(workspaceSchema.safeParse(ws).success).toBe(true);
  });

  it('clears the item on a campaign taken off the list, keeping its strategy', () => {
    const ws = sample();
    linkPromotionCampaigns(ws, 'str_kettle', 'pro_3', ['cmp_tasting']);
    const festival = ws.campaigns.find((c) => c.id === 'cmp_festival')!;
    expect(festival.promotionItemId).toBeNull();
    expect(festival.strategyId).toBe('str_kettle');
    expect(ws.strategies[0]!.promotion.items.find((i) => i.id === 'pro_3')!.campaignIds).toEqual(['cmp_tasting']);
  });

  it('ignores an unknown strategy or item', () => {
    const ws = sample();
    const before = structuredClone(ws);
    linkPromotionCampaigns(ws, 'nope', 'pro_1', ['cmp_gifts']);
    linkPromotionCampaigns(ws, 'str_kettle', 'nope', ['cmp_gifts']);
    expect(ws).toEqual(before);
  });
});
