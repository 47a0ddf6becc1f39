import type { MarketingPlan } from '../../../schema/marketingPlan';
import type { UiLanguage } from '../../../schema/primitives';
import type { Workspace } from '../../../schema/workspace';
import { createEmptyWorkspace, createSampleWorkspace } from '../../../samplePlan/samplePlan';
import { planPeriod } from '../../planPeriod';
import { planStrategies } from '../../planStrategies';
import type { PlanContext } from '../planContext';

/**
 * Plan contexts for the section writer tests: the sample plan, an empty workspace, and the
 * hostile text every writer must escape. Only imported by *.test.ts files.
 */

export const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'&';
export const SAMPLE_NOW = new Date('2026-05-20T09:00:00Z');

/** A context for `workspace` with its plan (optionally changed), the way the renderer builds it. */
export function contextFor(workspace: Workspace, language: UiLanguage, plan: Partial<MarketingPlan> = {}): PlanContext {
  const fullPlan = { ...workspace.marketingPlan, ...plan };
  return {
    workspace, plan: fullPlan, language,
    strategies: planStrategies(workspace, fullPlan),
    period: planPeriod(fullPlan, language),
    charts: {}, appendices: [], today: '2026-05-20',
  };
}

export const sampleContext = (language: UiLanguage, plan: Partial<MarketingPlan> = {}) =>
  contextFor(createSampleWorkspace(language, SAMPLE_NOW), language, plan);

export const emptyContext = (language: UiLanguage, plan: Partial<MarketingPlan> = {}) =>
  contextFor(createEmptyWorkspace(language, SAMPLE_NOW), language, plan);

/** The sample with every user-written text the given writers read replaced by hostile text. */
export function hostileContext(language: UiLanguage): PlanContext {
  const ws = createSampleWorkspace(language, SAMPLE_NOW);
  const hostile: Workspace = {
    ...ws,
    company: { ...ws.company, name: HOSTILE },
    strategies: ws.strategies.map((s) => ({
      ...s, name: HOSTILE,
      promotion: { ...s.promotion, items: s.promotion.items.map((i) => ({ ...i, objective: HOSTILE, kpi: HOSTILE })) },
    })),
    campaigns: ws.campaigns.map((c) => ({
      ...c, name: HOSTILE, owner: HOSTILE, objective: HOSTILE, event: c.event && { ...c.event, venue: HOSTILE },
    })),
    marketingPlan: {
      ...ws.marketingPlan, title: HOSTILE, author: HOSTILE, executiveSummary: `${HOSTILE}\n\n${HOSTILE}`,
      objectives: ws.marketingPlan.objectives.map((o) => ({ ...o, name: HOSTILE, unit: o.unit === '%' ? '%' : HOSTILE, notes: HOSTILE })),
    },
  };
  return contextFor(hostile, language);
}

/** The escaped form of HOSTILE's script tag, which must appear where the hostile text is printed. */
export const ESCAPED_SCRIPT = '&lt;script&gt;alert(1)&lt;/script&gt;';

/** Live markup HOSTILE would create if it were not escaped. */
export function hasLiveHostileMarkup(html: string): boolean {
  return html.includes('<script') || html.includes('<img src=x') || /<[^>]*\sonerror=/i.test(html);
}
