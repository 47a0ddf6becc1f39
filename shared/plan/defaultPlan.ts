import { PLAN_SECTION_IDS, type MarketingPlan } from '../schema/marketingPlan';

/** Plan years the schema accepts; a workspace created outside them still gets a valid plan. */
const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

export interface DefaultPlanOptions {
  year: number;
  title: string;
  author?: string;
}

/**
 * The plan a workspace starts with: every section once in the standard order and printed, an
 * empty section shows the "not yet written" line (so the user sees what is missing rather than
 * a silently shorter PDF), A4 with normal margins, the whole year, every strategy, no
 * objectives or appendices yet. Nothing is invented for the user.
 */
export function defaultMarketingPlan({ year, title, author = '' }: DefaultPlanOptions): MarketingPlan {
  return {
    title,
    author,
    strategyIds: [],
    period: { year: clampYear(year), quarter: null },
    sections: PLAN_SECTION_IDS.map((id) => ({ id, enabled: true })),
    executiveSummary: '',
    objectives: [],
    documentIds: [],
    emptySections: 'placeholder',
    pageSize: 'A4',
    margins: 'normal',
  };
}

function clampYear(year: number): number {
  if (!Number.isFinite(year)) return MIN_YEAR;
  return Math.min(MAX_YEAR, Math.max(MIN_YEAR, Math.trunc(year)));
}

