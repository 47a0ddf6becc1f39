import type { Campaign } from '../../../../../shared/schema/campaign';
import type { Workspace } from '../../../../../shared/schema/workspace';
import { addDays, daysBetween } from './calendarDates';

/** Why a date change was refused; the caller says so and saves nothing. */
export type DateChangeProblem = 'end-before-start' | 'not-found';

/**
 * Moves and/or resizes a campaign (on a workspace draft). When the start moves, every activity
 * moves by the same number of days, so milestones keep their place inside the campaign; a resize
 * that keeps the start leaves the activities alone.
 */
export function changeCampaignDates(workspace: Workspace, campaignId: string, startDate: string, endDate: string): DateChangeProblem | null {
  if (endDate < startDate) return 'end-before-start';
  const campaign = workspace.campaigns.find((c) => c.id === campaignId);
  if (!campaign) return 'not-found';
  const shift = daysBetween(campaign.startDate, startDate);
  const moved = shift !== 0 && daysBetween(campaign.endDate, endDate) === shift;
  campaign.startDate = startDate;
  campaign.endDate = endDate;
  if (moved) shiftActivities(campaign, shift);
  return null;
}

export function shiftActivities(campaign: Pick<Campaign, 'activities'>, days: number): void {
  for (const activity of campaign.activities) {
    activity.startDate = addDays(activity.startDate, days);
    activity.endDate = addDays(activity.endDate, days);
  }
}

/** Moves or resizes one activity of a campaign (a milestone dragged on the calendar). */
export function changeActivityDates(workspace: Workspace, campaignId: string, activityId: string, startDate: string, endDate: string): DateChangeProblem | null {
  if (endDate < startDate) return 'end-before-start';
  const activity = workspace.campaigns.find((c) => c.id === campaignId)?.activities.find((a) => a.id === activityId);
  if (!activity) return 'not-found';
  activity.startDate = startDate;
  activity.endDate = endDate;
  return null;
}
