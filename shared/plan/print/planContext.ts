import type { MarketingPlan, PlanSectionId } from '../../schema/marketingPlan';
import type { UiLanguage } from '../../schema/primitives';
import type { Strategy } from '../../schema/strategy';
import type { Workspace } from '../../schema/workspace';

/** A BRD/PRD printed as an appendix: its body already turned into safe HTML (richToHtml). */
export interface PlanAppendix {
  documentId: string;
  title: string;
  /** Kind, status, version line under the title. */
  subtitle: string;
  safeBodyHtml: string;
}

/**
 * What every section writer gets. The writers are pure: the renderer collects chart images
 * (chart.js drawn at print resolution) and appendix bodies, and passes them in.
 */
export interface PlanContext {
  workspace: Workspace;
  plan: MarketingPlan;
  language: UiLanguage;
  /** The plan's strategies in plan order (plan.strategyIds, or all when it is empty). */
  strategies: Strategy[];
  /** First and last day of the plan period, "YYYY-MM-DD". */
  period: { start: string; end: string; label: string };
  /** PNG data URLs by chart key (see chartKeys.ts); a missing key means "no chart". */
  charts: Readonly<Record<string, string>>;
  appendices: PlanAppendix[];
  /** The date printed on the cover, "YYYY-MM-DD". */
  today: string;
}

/**
 * One printed section. `html` is a complete `<section>` (escaped, allowlisted content only);
 * `empty` says the section has nothing of the user's in it, so the builder can leave it out or
 * print the "not yet written" line instead, as the plan says.
 */
export interface PlanSectionOutput {
  html: string;
  empty: boolean;
  /** Headings for the table of contents: the section title and, optionally, sub-entries. */
  toc: Array<{ anchor: string; text: string; level: 1 | 2 }>;
}

export type PlanSectionWriter = (ctx: PlanContext) => PlanSectionOutput;

export type PlanSectionWriters = Record<PlanSectionId, PlanSectionWriter>;
