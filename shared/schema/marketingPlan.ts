import { z } from 'zod';
import { id, list, longText, mediumText, requiredName, shortText } from './primitives';

/**
 * The marketing plan 营销计划 export's settings, saved in the workspace (added in v4) so next
 * quarter's PDF is one click: which strategies, which period, which sections in which order,
 * the texts only the plan has (executive summary, objectives), and the page setup.
 */
export const PLAN_SECTION_IDS = [
  'cover', 'executive-summary', 'contents', 'market-analysis', 'objectives', 'strategy',
  'promotion-calendar', 'budget', 'kpis', 'sales-handoff', 'appendices',
] as const;
export const planSectionId = z.enum(PLAN_SECTION_IDS);
export type PlanSectionId = z.infer<typeof planSectionId>;

/** An annual target (sales, share, awareness …) and its split by month 分解、量化. */
export const planObjective = z.object({
  id,
  name: requiredName,
  /** Free unit text: "units", "CNY", "%" … */
  unit: shortText,
  annualTarget: z.number().finite().nonnegative().max(1e15).nullable(),
  /** Twelve months of the plan year; null = the annual target split evenly. */
  monthlyTargets: z.array(z.number().finite().nonnegative().max(1e15)).length(12).nullable(),
  notes: mediumText,
});
export type PlanObjective = z.infer<typeof planObjective>;

export const marketingPlan = z.object({
  title: shortText,
  author: shortText,
  /** Strategies in the plan, in this order; empty = every strategy. */
  strategyIds: list(id, 100),
  period: z.object({
    year: z.number().int().min(2000).max(2100),
    /** null = the whole year. */
    quarter: z.number().int().min(1).max(4).nullable(),
  }),
  /** Every section once, in print order; disabled ones are not printed. */
  sections: list(z.object({ id: planSectionId, enabled: z.boolean() }), PLAN_SECTION_IDS.length)
    .refine((sections) => new Set(sections.map((s) => s.id)).size === sections.length, { message: 'duplicate-section' }),
  executiveSummary: longText,
  objectives: list(planObjective, 50),
  /** BRD/PRD documents printed as appendices, in this order. */
  documentIds: list(id, 100),
  /** A section with nothing in it: left out, or printed with a short "not yet written" line. */
  emptySections: z.enum(['omit', 'placeholder']),
  pageSize: z.enum(['A4', 'Letter']),
  margins: z.enum(['narrow', 'normal', 'wide']),
});
export type MarketingPlan = z.infer<typeof marketingPlan>;
