import { describe, expect, it } from 'vitest';
import { createSampleWorkspace } from '../samplePlan/samplePlan';
import { workspace as workspaceSchema } from '../schema/workspace';
import { addCampaign, addCampaigns, removeCampaign, setCampaignPromotion, setKind } from './campaignRecords';
import { emptyCampaign } from './emptyCampaign';

function sample() {
  const ws = createSampleWorkspace('en', new Date('2026-03-01T00:00:00Z'));
  const strategy = ws.strategies[0]!;
  const [first, second] = strategy.promotion.items;
  return { ws, strategy, first: first!, second: second! };
}

const fresh = (fields: Partial<Parameters<typeof emptyCampaign>[0]> = {}) =>
  emptyCampaign({ id: 'c_new', name: 'New', startDate: '2026-05-01', endDate: '2026-05-07', ...fields });

describe('setKind', () => {
  it('gives events and trade shows their details and keeps them when switching back', () => {
    const c = fresh();
    setKind(c, 'trade-show');
    expect(c.event).not.toBeNull();
    c.event!.venue = 'Hall 3';
    setKind(c, 'campaign');
    setKind(c, 'event');
    expect(c.event!.venue).toBe('Hall 3');
  });
});

describe('promotion links', () => {
  it('adding a campaign links it on both sides', () => {
    const { ws, strategy, first } = sample();
    addCampaign(ws, fresh({ strategyId: strategy.id, promotionItemId: first.id }));
    expect(first.campaignIds).toContain('c_new');
    expect(ws.campaigns.at(-1)).toMatchObject({ strategyId: strategy.id, promotionItemId: first.id });
    expect(workspaceSchema.safeParse(ws).success).toBe(true);
  });

  it('moving to another item unlinks the old one; clearing keeps the strategy', () => {
    const { ws, strategy, first, second } = sample();
    addCampaign(ws, fresh({ strategyId: strategy.id, promotionItemId: first.id }));
    setCampaignPromotion(ws, 'c_new', strategy.id, second.id);
    expect(first.campaignIds).not.toContain('c_new');
    expect(second.campaignIds).toContain('c_new');
    setCampaignPromotion(ws, 'c_new', strategy.id, null);
    expect(second.campaignIds).not.toContain('c_new');
    expect(ws.campaigns.at(-1)).toMatchObject({ strategyId: strategy.id, promotionItemId: null });
  });

  it('an item of another strategy is not linked', () => {
    const { ws, first } = sample();
    addCampaign(ws, fresh());
    setCampaignPromotion(ws, 'c_new', 'other', first.id);
    expect(first.campaignIds).not.toContain('c_new');
    expect(ws.campaigns.at(-1)!.promotionItemId).toBeNull();
  });

  it('removing a campaign removes the link to it', () => {
    const { ws, strategy, first } = sample();
    addCampaign(ws, fresh({ strategyId: strategy.id, promotionItemId: first.id }));
    expect(removeCampaign(ws, 'c_new')).toBe(true);
    expect(ws.campaigns.some((c) => c.id === 'c_new')).toBe(false);
    expect(first.campaignIds).not.toContain('c_new');
    expect(removeCampaign(ws, 'c_new')).toBe(false);
  });

  it('adding many links each and leaves out ids already there', () => {
    const { ws, strategy, second } = sample();
    const count = ws.campaigns.length;
    expect(addCampaigns(ws, [fresh({ id: 'c_a', strategyId: strategy.id, promotionItemId: second.id }), fresh({ id: 'c_a' }), fresh({ id: ws.campaigns[0]!.id })])).toBe(1);
    expect(ws.campaigns.length).toBe(count + 1);
    expect(second.campaignIds).toContain('c_a');
  });
});
