import { defineInvariant } from '../../ops/defineInvariant';
import type { Touched } from '../../ops/touchedEntities';
import type { ActionItem, WorkshopDecision, WorkshopSession } from '../../schema/workshop';
import type { Workspace } from '../../schema/workspace';
import type { IssueSummary } from '../../validation/issues';
import { canvasItemExists } from '../promotion';

/**
 * Links from a workshop into other areas: an action item's task on the campaign calendar, a
 * decision's item on the strategy canvas.
 *
 * What is checked is what an operation MAKES: an action or a decision that is new, or whose link
 * changed, in a workshop that existed before the operation. Links that went stale because the
 * other side was removed (a campaign or a task deleted on the calendar, an item deleted on the
 * canvas) are allowed to stay, as they always have: the calendar and the canvas never ask the
 * workshop. The workshop copes with them — an action whose campaign is gone shows "—" and moves
 * to the workshop's own campaign when next saved; a decision whose item is gone stays in the
 * record and simply no longer marks a canvas item. A workshop brought back whole (undoing its
 * removal) comes back with its links as they were.
 *
 * Cheap: only the touched workshops, and in them only the entries whose link changed.
 */

/** The touched workshops that existed before, with their state before and after. */
function changedWorkshops(next: Workspace, touched: Touched, before: Workspace): Array<{ now: WorkshopSession; was: WorkshopSession }> {
  const whole = touched.collections.has('workshops');
  const ids = touched.entities.get('workshops');
  if (!whole && !ids) return [];
  const pairs: Array<{ now: WorkshopSession; was: WorkshopSession }> = [];
  for (const workshop of next.workshops) {
    if (!whole && !ids!.has(workshop.id)) continue;
    const was = before.workshops.find((candidate) => candidate.id === workshop.id);
    if (was && was !== workshop) pairs.push({ now: workshop, was });
  }
  return pairs;
}

/** Entries of `list` that are new or whose fields `key` picks differ from the entry with the same id in `previous`. */
function relinked<T extends { id: string }>(list: readonly T[], previous: readonly T[], key: (entry: T) => string): T[] {
  if (list === previous) return [];
  const earlier = new Map(previous.map((entry) => [entry.id, entry]));
  return list.filter((entry) => {
    const was = earlier.get(entry.id);
    return was === undefined || (was !== entry && key(was) !== key(entry));
  });
}

const actionLink = (action: ActionItem) => `${action.campaignId ?? ''}\n${action.activityId ?? ''}`;
const decisionLink = (decision: WorkshopDecision) => `${decision.strategyId}\n${decision.target}\n${decision.itemId}`;

/** An action that names a campaign task points at a campaign that exists and holds that task. */
export const actionTaskLinks = defineInvariant('workshop.action-task-links', ['workshops'], (next, touched, before) => {
  const issues: IssueSummary[] = [];
  for (const { now, was } of changedWorkshops(next, touched, before)) {
    for (const action of relinked(now.actions, was.actions, actionLink)) {
      const path = `workshops.${now.id}.actions.${action.id}`;
      if (action.campaignId === null) {
        if (action.activityId !== null) issues.push({ path, en: 'names a calendar task but no campaign', zh: '指向日历任务却未指定营销活动' });
        continue;
      }
      const campaign = next.campaigns.find((candidate) => candidate.id === action.campaignId);
      if (!campaign) {
        issues.push({ path, en: `points at campaign "${action.campaignId}", which does not exist`, zh: `指向的营销活动“${action.campaignId}”不存在` });
      } else if (action.activityId !== null && !campaign.activities.some((activity) => activity.id === action.activityId)) {
        issues.push({ path, en: `points at task "${action.activityId}", which campaign "${campaign.name}" does not have`, zh: `指向的任务“${action.activityId}”不在营销活动“${campaign.name}”中` });
      }
    }
  }
  return issues;
});

/** A decision points at the canvas item it created: the strategy exists and has that item in the target's list. */
export const decisionCanvasLinks = defineInvariant('workshop.decision-canvas-links', ['workshops'], (next, touched, before) => {
  const issues: IssueSummary[] = [];
  for (const { now, was } of changedWorkshops(next, touched, before)) {
    for (const decision of relinked(now.decisions, was.decisions, decisionLink)) {
      const path = `workshops.${now.id}.decisions.${decision.id}`;
      const strategy = next.strategies.find((candidate) => candidate.id === decision.strategyId);
      if (!strategy) {
        issues.push({ path, en: `points at strategy "${decision.strategyId}", which does not exist`, zh: `指向的战略“${decision.strategyId}”不存在` });
      } else if (!canvasItemExists(strategy, decision.target, decision.itemId)) {
        issues.push({ path, en: `points at canvas item "${decision.itemId}", which strategy "${strategy.name}" does not have`, zh: `指向的画布条目“${decision.itemId}”不在战略“${strategy.name}”中` });
      }
    }
  }
  return issues;
});

export const workshopLinkInvariants = [actionTaskLinks, decisionCanvasLinks];
