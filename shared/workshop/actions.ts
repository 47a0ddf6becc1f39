import { emptyCampaign } from '../calendar/emptyCampaign';
import type { Campaign } from '../schema/campaign';
import { isRealCalendarDate, LIMITS } from '../schema/primitives';
import type { ActionItem, WorkshopSession } from '../schema/workshop';
import type { Workspace } from '../schema/workspace';

/**
 * Action items live on the campaign calendar: each one is a task activity, in the campaign the
 * facilitator chose or else in a campaign the workshop creates for its actions on demand.
 *
 * The workshop's own campaign has an id derived from the workshop id (workshopCampaignId), so
 * it can be found again without a schema field and is only ever removed when it was made here.
 */
export type ActionResult = { ok: true } | { ok: false; reason: 'unknown-campaign' | 'invalid-date' | 'empty-title' };

export interface ActionFields { id: string; title: string; owner: string; dueDate: string; campaignId: string | null }
/** The id of the task activity an action makes (the workshop campaign's id is derived: workshopCampaignId). */
export interface ActionIds {
  activityId: string;
}

/** The id of the campaign a workshop creates for actions without a chosen campaign. */
export function workshopCampaignId(workshopId: string): string {
  const id = `wsc_${workshopId}`;
  if (id.length <= 64) return id;
  // Ids are at most 64 characters; a long workshop id is shortened and kept unique with a hash.
  let hash = 2166136261;
  for (let i = 0; i < workshopId.length; i++) hash = Math.imul(hash ^ workshopId.charCodeAt(i), 16777619) >>> 0;
  return `wsc_${workshopId.slice(0, 50)}_${hash.toString(36)}`;
}

/** True for the campaign this workshop created for its actions. */
export function isWorkshopCampaign(campaign: Campaign, workshopId: string): boolean {
  return campaign.id === workshopCampaignId(workshopId);
}

const clip = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);

/**
 * Whether an action with these fields can be saved: a title, a real due date, and a chosen
 * campaign that exists (null = the workshop's own). The form asks this before it sends the
 * change, so a refusal shows on the form; the operations ask it again.
 */
export function checkActionFields(fields: Omit<ActionFields, 'id'>, workspace: Workspace): ActionResult {
  if (fields.title.trim() === '') return { ok: false, reason: 'empty-title' };
  if (!isRealCalendarDate(fields.dueDate)) return { ok: false, reason: 'invalid-date' };
  if (fields.campaignId !== null && !workspace.campaigns.some((c) => c.id === fields.campaignId)) {
    return { ok: false, reason: 'unknown-campaign' };
  }
  return { ok: true };
}

/** The chosen campaign, or the workshop's own one (created now, or widened to include `dueDate`). */
function campaignFor(workspace: Workspace, session: WorkshopSession, campaignId: string | null, dueDate: string, label: string): Campaign {
  if (campaignId !== null) return workspace.campaigns.find((c) => c.id === campaignId)!;
  const id = workshopCampaignId(session.id);
  let own = workspace.campaigns.find((c) => c.id === id);
  if (!own) {
    own = emptyCampaign({
      id, name: clip(`${label}: ${session.title}`, LIMITS.shortText), startDate: dueDate, endDate: dueDate,
      // The workshop may still name a strategy deleted since; a campaign never links to one that is gone.
      strategyId: workspace.strategies.some((s) => s.id === session.strategyId) ? session.strategyId : null,
      owner: clip(session.facilitator, LIMITS.shortText),
    });
    workspace.campaigns.push(own);
    own = workspace.campaigns[workspace.campaigns.length - 1]!; // the draft, when `workspace` is an immer draft
  }
  if (dueDate < own.startDate) own.startDate = dueDate;
  if (dueDate > own.endDate) own.endDate = dueDate;
  return own;
}

/** Takes the activity off whatever campaign holds it (only that campaign changes); returns it. */
function detachActivity(workspace: Workspace, activityId: string | null): Campaign['activities'][number] | undefined {
  if (activityId === null) return undefined;
  for (const campaign of workspace.campaigns) {
    const index = campaign.activities.findIndex((activity) => activity.id === activityId);
    if (index >= 0) return campaign.activities.splice(index, 1)[0];
  }
  return undefined;
}

/** The workshop's own campaign goes once nothing is left in it (it exists only for the actions). */
function dropEmptyWorkshopCampaign(workspace: Workspace, workshopId: string): void {
  const index = workspace.campaigns.findIndex((c) => isWorkshopCampaign(c, workshopId));
  if (index >= 0 && workspace.campaigns[index]!.activities.length === 0) workspace.campaigns.splice(index, 1);
}

function placeActivity(campaign: Campaign, action: ActionItem, done: boolean): void {
  campaign.activities.push({
    id: action.activityId!, level: 'task', title: action.title, startDate: action.dueDate, endDate: action.dueDate,
    owner: action.owner, done,
  });
}

export function addAction(
  workspace: Workspace, workshopId: string, fields: ActionFields, ids: ActionIds, campaignLabel: string,
): ActionResult {
  const session = workspace.workshops.find((w) => w.id === workshopId);
  // A workshop that is gone has nowhere to put the action; only a stale screen can ask for it.
  if (!session) return { ok: false, reason: 'unknown-campaign' };
  const checked = checkActionFields(fields, workspace);
  if (!checked.ok) return checked;
  const campaign = campaignFor(workspace, session, fields.campaignId, fields.dueDate, campaignLabel);
  const action: ActionItem = {
    id: fields.id, title: clip(fields.title, LIMITS.shortText), owner: clip(fields.owner, LIMITS.shortText),
    dueDate: fields.dueDate, campaignId: campaign.id, activityId: ids.activityId,
  };
  placeActivity(campaign, action, false);
  session.actions.push(action);
  return { ok: true };
}

/**
 * Changes an action and its activity together. A new campaign (or null = the workshop's own)
 * moves the activity there, keeping its id and done state; an action that had no activity yet
 * (e.g. from an older file) gets one with `ids.activityId`.
 */
export function updateAction(
  workspace: Workspace, workshopId: string, actionId: string,
  fields: Partial<Omit<ActionFields, 'id'>>, campaignLabel: string, ids: ActionIds,
): ActionResult {
  const session = workspace.workshops.find((w) => w.id === workshopId);
  const action = session?.actions.find((a) => a.id === actionId);
  if (!session || !action) return { ok: false, reason: 'unknown-campaign' };

  // An action whose campaign was deleted on the calendar falls back to the workshop's own campaign.
  const currentCampaign = action.campaignId !== null && workspace.campaigns.some((c) => c.id === action.campaignId) ? action.campaignId : null;
  const wantedCampaign = fields.campaignId !== undefined ? fields.campaignId : currentCampaign;
  const next = {
    title: fields.title ?? action.title, owner: fields.owner ?? action.owner,
    dueDate: fields.dueDate ?? action.dueDate,
    // The workshop's own campaign is asked for as null, so it is re-created if it went away.
    campaignId: wantedCampaign !== null && wantedCampaign === workshopCampaignId(workshopId) ? null : wantedCampaign,
  };
  const checked = checkActionFields(next, workspace);
  if (!checked.ok) return checked;

  const done = detachActivity(workspace, action.activityId)?.done ?? false;
  const campaign = campaignFor(workspace, session, next.campaignId, next.dueDate, campaignLabel);
  action.title = clip(next.title, LIMITS.shortText);
  action.owner = clip(next.owner, LIMITS.shortText);
  action.dueDate = next.dueDate;
  action.campaignId = campaign.id;
  action.activityId ??= ids.activityId;
  placeActivity(campaign, action, done);
  dropEmptyWorkshopCampaign(workspace, workshopId);
  return { ok: true };
}

/** Removes the action and its activity; the workshop's own campaign goes when nothing is left in it. */
export function removeAction(workspace: Workspace, workshopId: string, actionId: string): void {
  const session = workspace.workshops.find((w) => w.id === workshopId);
  const action = session?.actions.find((a) => a.id === actionId);
  if (!session || !action) return;
  detachActivity(workspace, action.activityId);
  dropEmptyWorkshopCampaign(workspace, workshopId);
  session.actions = session.actions.filter((a) => a.id !== actionId);
}
