import { planTexts } from '../../i18n/texts';
import type { UiLanguage } from '../../schema/primitives';
import type { Workspace } from '../../schema/workspace';
import { planPeriod } from '../planPeriod';
import { planStrategies } from '../planStrategies';
import type { PlanAppendix, PlanContext } from './planContext';
import { planToHtml, type PlanHtml } from './planToHtml';
import { appendicesSection } from './sections/appendices';
import { budgetSection } from './sections/budget';
import { contentsSection } from './sections/contents';
import { coverSection } from './sections/cover';
import { executiveSummarySection } from './sections/executiveSummary';
import { kpisSection } from './sections/kpis';
import { marketAnalysisSection } from './sections/marketAnalysis';
import { objectivesSection } from './sections/objectives';
import { promotionCalendarSection } from './sections/promotionCalendar';
import { salesHandoffSection } from './sections/salesHandoff';
import { strategySection } from './sections/strategySection';

/** The writer of every plan section except the contents, which is built from the others' entries. */
export const PLAN_SECTION_WRITERS = {
  cover: coverSection,
  'executive-summary': executiveSummarySection,
  'market-analysis': marketAnalysisSection,
  objectives: objectivesSection,
  strategy: strategySection,
  'promotion-calendar': promotionCalendarSection,
  budget: budgetSection,
  kpis: kpisSection,
  'sales-handoff': salesHandoffSection,
  appendices: appendicesSection,
} as const;

export interface PlanDocumentInput {
  workspace: Workspace;
  language: UiLanguage;
  /** PNG data URLs by chart key, drawn by the renderer at print resolution. */
  charts: Readonly<Record<string, string>>;
  appendices: PlanAppendix[];
  /** "YYYY-MM-DD" printed on the cover. */
  today: string;
}

/** The context every section writer reads: the saved plan, its strategies and period. */
export function planContext(input: PlanDocumentInput): PlanContext {
  const plan = input.workspace.marketingPlan;
  return {
    workspace: input.workspace,
    plan,
    language: input.language,
    strategies: planStrategies(input.workspace, plan),
    period: planPeriod(plan, input.language),
    charts: input.charts,
    appendices: input.appendices,
    today: input.today,
  };
}

/** The complete print HTML of the workspace's marketing plan, in the given language. */
export function planDocumentHtml(input: PlanDocumentInput): PlanHtml {
  return planToHtml(planContext(input), PLAN_SECTION_WRITERS, {
    placeholderText: planTexts[input.language].print.notYetWritten,
    contents: (entries) => contentsSection(entries, input.language).html,
  });
}
