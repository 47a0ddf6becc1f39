import type { Campaign } from '../schema/campaign';
import { setKind } from './campaignRecords';
import { addDays } from './dateMath';
import { emptyEventDetails, type EventDetails } from './emptyCampaign';

/**
 * Changes to one campaign's own fields and activities. The calendar operations apply them to the
 * stored campaign (on a draft); the editor applies the very same ones to a new campaign it keeps
 * until Create. No rule is enforced here (a new draft may hold an end before its start until
 * Create names the problem): the operations refuse what the workspace must not hold.
 */

export type Activity = Campaign['activities'][number];
export type KpiName = keyof Campaign['kpis'];

/** The campaign fields edited one by one (not the dates, links, KPIs, event record or activities). */
export type CampaignFields = Partial<Pick<Campaign, 'name' | 'kind' | 'objective' | 'channels' | 'owner' | 'status' | 'plannedBudget' | 'actualSpend' | 'notes'>>;
export type ActivityFields = Partial<Pick<Activity, 'level' | 'title' | 'owner' | 'done'>>;
export type KpiFields = Partial<Campaign['kpis'][KpiName]>;
export type EventFields = Partial<EventDetails>;

function assign<T extends object>(target: T, fields: Partial<T>): void {
  for (const key of Object.keys(fields) as (keyof T)[]) {
    const value = fields[key];
    if (value !== undefined && target[key] !== value) target[key] = value as T[keyof T];
  }
}

/** Sets the given fields; a change of kind gives an event or trade show its event record. */
export function updateCampaignFields(campaign: Campaign, fields: CampaignFields): void {
  const { kind, ...rest } = fields;
  assign(campaign, rest);
  if (kind !== undefined && kind !== campaign.kind) setKind(campaign, kind);
}

/** New dates for the campaign; its activities stay where they are (a resize, or dates typed in the editor). */
export function rescheduleCampaign(campaign: Campaign, startDate: string, endDate: string): void {
  campaign.startDate = startDate;
  campaign.endDate = endDate;
}

/** Moves the campaign and every activity by the same number of days (a drag on the calendar). */
export function shiftCampaign(campaign: Campaign, days: number): void {
  if (days === 0) return;
  campaign.startDate = addDays(campaign.startDate, days);
  campaign.endDate = addDays(campaign.endDate, days);
  for (const activity of campaign.activities) {
    activity.startDate = addDays(activity.startDate, days);
    activity.endDate = addDays(activity.endDate, days);
  }
}

export function updateKpi(campaign: Campaign, kpi: KpiName, fields: KpiFields): void {
  assign(campaign.kpis[kpi], fields);
}

/** Sets fields of the event record, creating it first if the campaign has none. */
export function updateEventDetails(campaign: Campaign, fields: EventFields): void {
  campaign.event ??= emptyEventDetails();
  assign(campaign.event, fields);
}

/** A new task activity on the campaign's first day. */
export function newActivity(id: string, campaign: Pick<Campaign, 'startDate'>, title: string): Activity {
  return { id, level: 'task', title, startDate: campaign.startDate, endDate: campaign.startDate, owner: '', done: false };
}

export function findActivity(campaign: Campaign, activityId: string): Activity | undefined {
  return campaign.activities.find((activity) => activity.id === activityId);
}

export function addActivity(campaign: Campaign, activity: Activity): void {
  campaign.activities.push(activity);
}

export function updateActivity(campaign: Campaign, activityId: string, fields: ActivityFields): void {
  const activity = findActivity(campaign, activityId);
  if (activity) assign(activity, fields);
}

export function rescheduleActivity(campaign: Campaign, activityId: string, startDate: string, endDate: string): void {
  const activity = findActivity(campaign, activityId);
  if (!activity) return;
  activity.startDate = startDate;
  activity.endDate = endDate;
}

/**
 * Removes one activity. A workshop action item whose task this was keeps its activityId: the
 * workshop re-creates the task when the action is next edited (today's behaviour, kept).
 */
export function removeActivity(campaign: Campaign, activityId: string): void {
  const index = campaign.activities.findIndex((activity) => activity.id === activityId);
  if (index >= 0) campaign.activities.splice(index, 1);
}
