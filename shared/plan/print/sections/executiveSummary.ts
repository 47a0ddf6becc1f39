import type { PlanSectionOutput, PlanSectionWriter } from '../planContext';
import { paragraphs, placeholderSection, planSection, sectionTocEntry } from '../sectionHtml';
import { planSectionTitle } from '../sectionTitles';

/** The executive summary the user wrote for the plan, paragraph by paragraph, as plain escaped text. */
export const executiveSummarySection: PlanSectionWriter = (ctx) => {
  const toc: PlanSectionOutput['toc'] = [sectionTocEntry('executive-summary', ctx.language)];
  const body = paragraphs(ctx.plan.executiveSummary);
  if (!body) return { html: placeholderSection('executive-summary', ctx.language), empty: true, toc };
  return { html: planSection('executive-summary', planSectionTitle('executive-summary', ctx.language), body), empty: false, toc };
};
