import { z } from 'zod';
import { defineOperation, OperationRefused } from '../../ops/defineOperation';
import { requireItem } from '../../ops/findById';
import { id } from '../../schema/primitives';
import { marketingPlan, planObjective, planSectionId } from '../../schema/marketingPlan';
import { monthlyBreakdown, sumMonths } from '../objectives';

/**
 * The marketing plan's saved settings: its texts and page setup, the period, which strategies and
 * documents it prints, which sections in which order, and its objectives with their monthly split.
 * Objectives and sections are addressed by id; the strategy and document choices are one ordered
 * list each (what the builder's multi-select gives), checked by the plan's invariant.
 */

const plan = marketingPlan.shape;
const objective = planObjective.shape;

const OBJECTIVE = { en: 'objective', zh: '目标' };
const SECTION = { en: 'plan section', zh: '计划章节' };
/** The schema's limit on objectives (marketingPlan.objectives). */
export const MAX_OBJECTIVES = 50;

const planFields = z.object({
  title: plan.title,
  author: plan.author,
  executiveSummary: plan.executiveSummary,
  emptySections: plan.emptySections,
  pageSize: plan.pageSize,
  margins: plan.margins,
}).partial().strict();

const objectiveFields = z.object({
  name: objective.name,
  unit: objective.unit,
  annualTarget: objective.annualTarget,
  notes: objective.notes,
}).partial().strict();

const amount = z.number().finite().nonnegative().max(1e15);

/** Each id once, in the order given (a repeated id would print once anyway). */
function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

export const planOps = {
  /** Title, author, executive summary, empty-section handling and page setup (any of them). */
  'plan.update': defineOperation('plan.update', z.object({ fields: planFields }).strict(), (draft, { fields }) => {
    Object.assign(draft.marketingPlan, fields);
  }),

  /** The plan year and/or the quarter (null = the whole year). */
  'plan.period.update': defineOperation(
    'plan.period.update',
    z.object({ year: plan.period.shape.year.optional(), quarter: plan.period.shape.quarter.optional() }).strict(),
    (draft, { year, quarter }) => {
      if (year !== undefined) draft.marketingPlan.period.year = year;
      if (quarter !== undefined) draft.marketingPlan.period.quarter = quarter;
    },
  ),

  /** The strategies the plan prints, in this order; empty = every strategy. */
  'plan.strategies.set': defineOperation('plan.strategies.set', z.object({ strategyIds: plan.strategyIds }).strict(), (draft, { strategyIds }) => {
    draft.marketingPlan.strategyIds = unique(strategyIds);
  }),

  /** The documents printed as appendices, in this order. */
  'plan.documents.set': defineOperation('plan.documents.set', z.object({ documentIds: plan.documentIds }).strict(), (draft, { documentIds }) => {
    draft.marketingPlan.documentIds = unique(documentIds);
  }),

  /** Prints a section or leaves it out. */
  'plan.section.setEnabled': defineOperation(
    'plan.section.setEnabled',
    z.object({ sectionId: planSectionId, enabled: z.boolean() }).strict(),
    (draft, { sectionId, enabled }) => {
      requireItem(draft.marketingPlan.sections, sectionId, SECTION).enabled = enabled;
    },
  ),

  /** Moves a section one place earlier or later in print order; at either end nothing changes. */
  'plan.section.move': defineOperation(
    'plan.section.move',
    z.object({ sectionId: planSectionId, direction: z.enum(['up', 'down']) }).strict(),
    (draft, { sectionId, direction }) => {
      const sections = draft.marketingPlan.sections;
      const section = requireItem(sections, sectionId, SECTION);
      const from = sections.indexOf(section);
      const to = direction === 'up' ? from - 1 : from + 1;
      if (to < 0 || to >= sections.length) return;
      sections.splice(from, 1);
      sections.splice(to, 0, section);
    },
  ),

  /** A new objective at the end: no target yet, split evenly. The caller makes the id and the name. */
  'plan.objective.add': defineOperation(
    'plan.objective.add',
    z.object({ objectiveId: id, name: objective.name, unit: objective.unit.optional() }).strict(),
    (draft, { objectiveId, name, unit }) => {
      const objectives = draft.marketingPlan.objectives;
      if (objectives.some((o) => o.id === objectiveId)) {
        throw new OperationRefused('refused', `An objective with the id ${objectiveId} already exists.`, `ID 为 ${objectiveId} 的目标已存在。`);
      }
      if (objectives.length >= MAX_OBJECTIVES) {
        throw new OperationRefused('refused', `A plan can have at most ${MAX_OBJECTIVES} objectives.`, `一个计划最多可有 ${MAX_OBJECTIVES} 个目标。`);
      }
      objectives.push({ id: objectiveId, name, unit: unit ?? '', annualTarget: null, monthlyTargets: null, notes: '' });
    },
  ),

  /**
   * Name, unit, notes or annual target of one objective. With a month-by-month split the annual
   * target is the sum of the months: change a month instead.
   */
  'plan.objective.update': defineOperation(
    'plan.objective.update',
    z.object({ objectiveId: id, fields: objectiveFields }).strict(),
    (draft, { objectiveId, fields }) => {
      const target = requireItem(draft.marketingPlan.objectives, objectiveId, OBJECTIVE);
      if (fields.annualTarget !== undefined && target.monthlyTargets !== null && fields.annualTarget !== sumMonths(target.monthlyTargets)) {
        throw new OperationRefused(
          'refused',
          'This objective is split month by month: its annual target is the sum of the months. Change a month, or split evenly first.',
          '此目标按月分解：年度目标为各月之和。请修改月度目标，或先改为平均分解。',
        );
      }
      Object.assign(target, fields);
    },
  ),

  /**
   * Even split (the plan divides the annual target; it keeps the months' sum) or month by month
   * (the months start as the even split the plan printed, so they add up to the annual target).
   */
  'plan.objective.setSplit': defineOperation(
    'plan.objective.setSplit',
    z.object({ objectiveId: id, split: z.enum(['even', 'custom']) }).strict(),
    (draft, { objectiveId, split }) => {
      const target = requireItem(draft.marketingPlan.objectives, objectiveId, OBJECTIVE);
      if (split === 'custom') {
        if (target.monthlyTargets) return;
        target.monthlyTargets = monthlyBreakdown(target);
      } else {
        if (!target.monthlyTargets) return;
        target.annualTarget = sumMonths(target.monthlyTargets);
        target.monthlyTargets = null;
      }
    },
  ),

  /** One month's target (month 1–12 of the plan year); the annual target stays their sum. */
  'plan.objective.month.set': defineOperation(
    'plan.objective.month.set',
    z.object({ objectiveId: id, month: z.number().int().min(1).max(12), amount }).strict(),
    (draft, { objectiveId, month, amount: value }) => {
      const target = requireItem(draft.marketingPlan.objectives, objectiveId, OBJECTIVE);
      if (!target.monthlyTargets) {
        throw new OperationRefused(
          'conflict',
          'This objective is no longer split month by month (changed, perhaps in another window).',
          '此目标已不再按月分解（可能已在其他窗口中更改）。',
        );
      }
      target.monthlyTargets[month - 1] = value;
      target.annualTarget = sumMonths(target.monthlyTargets);
    },
  ),

  'plan.objective.remove': defineOperation('plan.objective.remove', z.object({ objectiveId: id }).strict(), (draft, { objectiveId }) => {
    const objectives = draft.marketingPlan.objectives;
    const index = objectives.indexOf(requireItem(objectives, objectiveId, OBJECTIVE));
    objectives.splice(index, 1);
  }),
};
