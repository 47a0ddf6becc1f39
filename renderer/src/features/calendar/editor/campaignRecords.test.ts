import { describe, expect, it } from 'vitest';
import { createSampleWorkspace } from '../../../../../shared/samplePlan/samplePlan';
import { campaign as campaignSchema } from '../../../../../shared/schema/campaign';
import { workspace as workspaceSchema } from '../../../../../shared/schema/workspace';
import { addCampaign, draftProblems, newCampaignDraft, removeCampaign, setCampaignPromotion, setKind } from './campaignRecords';

function sample() {
  const ws = createSampleWorkspace('en', new Date('2026-03-01T00:00:00Z'));
  const strategy = ws.strategies[0]!;
  const [first, second] = strategy.promotion.items;
  return { ws, strategy, first: first!, second: second! };
}

describe('new campaign drafts', () => {
  it('start valid except for the name', () => {
    const draft = newCampaignDraft('c_new', '2026-05-01');
    expect(draftProblems(draft)).toEqual(['name-required']);
    draft.name = 'Launch';
    expect(campaignSchema.safeParse(draft).success).toBe(true);
    draft.endDate = '2026-04-30';
    expect(draftProblems(draft)).toEqual(['end-before-start']);
  });

  it('names problems of activities', () => {
    const draft = newCampaignDraft('c_new', '2026-05-01');
    draft.name = 'x';
    draft.activities.push({ id: 'a', level: 'task', title: ' ', startDate: '2026-05-02', endDate: '2026-05-01', owner: '', done: false });
    expect(draftProblems(draft)).toEqual(['activity-title-required', 'activity-end-before-start']);
  });

  it('get event details when they become an event or trade show', () => {
    const draft = newCampaignDraft('c_new', '2026-05-01');
    setKind(draft, 'trade-show');
    expect(draft.event).not.toBeNull();
    draft.event!.venue = 'Hall 3';
    setKind(draft, 'campaign');
    setKind(draft, 'event');
    expect(draft.event!.venue).toBe('Hall 3');
  });
});

describe('promotion links', () => {
  it('adding a campaign links it on both sides', () => {
    const { ws, strategy, first } = sample();
    const draft = { ...newCampaignDraft('c_new', '2026-05-01'), name: 'New', strategyId: strategy.id, promotionItemId: first.id };
    addCampaign(ws, draft);
    expect(first.campaignIds).toContain('c_new');
    expect(ws.campaigns.at(-1)).toMatchObject({ strategyId: strategy.id, promotionItemId: first.id });
    expect(workspaceSchema.safeParse(ws).success).toBe(true);
  });

  it('moving to another item unlinks the old one; clearing keeps the strategy', () => {
    const { ws, strategy, first, second } = sample();
    addCampaign(ws, { ...newCampaignDraft('c_new', '2026-05-01'), name: 'New', strategyId: strategy.id, promotionItemId: first.id });
    setCampaignPromotion(ws, 'c_new', strategy.id, second.id);
    expect(first.campaignIds).not.toContain('c_new');
    expect(second.campaignIds).toContain('c_new');
    setCampaignPromotion(ws, 'c_new', strategy.id, null);
    expect(second.campaignIds).not.toContain('c_new');
    expect(ws.campaigns.at(-1)).toMatchObject({ strategyId: strategy.id, promotionItemId: null });
  });

  it('an item of another strategy is not linked', () => {
    const { ws, first } = sample();
    addCampaign(ws, { ...newCampaignDraft('c_new', '2026-05-01'), name: 'New' });
    setCampaignPromotion(ws, 'c_new', 'other', first.id);
    expect(first.campaignIds).not.toContain('c_new');
    expect(ws.campaigns.at(-1)!.promotionItemId).toBeNull();
  });

  it('removing a campaign removes the links to it', () => {
    const { ws, strategy, first } = sample();
    addCampaign(ws, { ...newCampaignDraft('c_new', '2026-05-01'), name: 'New', strategyId: strategy.id, promotionItemId: first.id });
    removeCampaign(ws, 'c_new');
    expect(ws.campaigns.some((c) => c.id === 'c_new')).toBe(false);
    expect(first.campaignIds).not.toContain('c_new');
  });
});
