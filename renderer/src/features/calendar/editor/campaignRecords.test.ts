import { describe, expect, it } from 'vitest';
import { updateCampaignFields } from '../../../../../shared/calendar/campaignEdits';
import { campaign as campaignSchema } from '../../../../../shared/schema/campaign';
import { draftProblems, newCampaignDraft } from './campaignRecords';

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
    updateCampaignFields(draft, { kind: 'trade-show' });
    expect(draft.event).not.toBeNull();
    draft.event!.venue = 'Hall 3';
    updateCampaignFields(draft, { kind: 'campaign' });
    updateCampaignFields(draft, { kind: 'event' });
    expect(draft.event!.venue).toBe('Hall 3');
  });
});
