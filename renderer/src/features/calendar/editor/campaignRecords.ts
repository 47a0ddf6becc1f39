import type { Campaign } from '../../../../../shared/schema/campaign';
import { emptyCampaign } from '../../../../../shared/calendar/emptyCampaign';
import { addDays } from '../calendar/calendarDates';

export type { Activity } from '../../../../../shared/calendar/campaignEdits';
export { emptyEventDetails, type EventDetails } from '../../../../../shared/calendar/emptyCampaign';

/** A new campaign as the editor starts it: one week from the given day, nothing planned yet. */
export function newCampaignDraft(id: string, startDate: string): Campaign {
  return emptyCampaign({ id, name: '', startDate, endDate: addDays(startDate, 6) });
}

/** Why a new campaign cannot be created yet; each has its own message. */
export type DraftProblem = 'name-required' | 'end-before-start' | 'activity-title-required' | 'activity-end-before-start';

export function draftProblems(campaign: Campaign): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if (campaign.name.trim() === '') problems.push('name-required');
  if (campaign.endDate < campaign.startDate) problems.push('end-before-start');
  if (campaign.activities.some((a) => a.title.trim() === '')) problems.push('activity-title-required');
  if (campaign.activities.some((a) => a.endDate < a.startDate)) problems.push('activity-end-before-start');
  return problems;
}
