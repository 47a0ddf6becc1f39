import { fill } from '../../i18n/text';
import { planTexts } from '../../i18n/texts';
import type { MarketingPlan, PlanSectionId } from '../../schema/marketingPlan';
import type { UiLanguage } from '../../schema/primitives';

/**
 * Titles of the plan's sections in the user's UI language (the language chooses the titles,
 * not the content language), from shared/i18n/plan.* (`print.sectionTitles`). The cover prints
 * the plan title instead; "Cover" / "封面" is its name in the builder's section list.
 */
export function planSectionTitle(id: PlanSectionId, language: UiLanguage): string {
  return planTexts[language].print.sectionTitles[id];
}

/** The anchor (HTML id) of a section; the contents links to it. */
export function planSectionAnchor(id: PlanSectionId): string {
  return `plan-${id}`;
}

/** The plan title as printed (cover, running header, <title>): the user's, or a neutral one when blank. */
export function printedPlanTitle(plan: Pick<MarketingPlan, 'title' | 'period'>, language: UiLanguage): string {
  if (plan.title.trim()) return plan.title.trim();
  return fill(planTexts[language].print.untitledPlan, { year: plan.period.year });
}
