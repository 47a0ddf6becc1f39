import { escapeHtml } from '../../../documents/export/escape';
import { commonTexts, planTexts } from '../../../i18n/texts';
import type { Campaign } from '../../../schema/campaign';
import type { UiLanguage } from '../../../schema/primitives';
import type { PlanObjective } from '../../../schema/marketingPlan';
import { monthlyBreakdown, objectiveAnnual, quarterlyBreakdown } from '../../objectives';
import { isScheduled, planCampaigns } from '../../planCampaigns';
import { monthsInPeriod } from '../../planPeriod';
import type { PlanContext, PlanSectionOutput, PlanSectionWriter } from '../planContext';
import { formatObjectiveValue, formatPlanDateRange, isLevelObjective } from '../planFormat';
import { dataTable, num, placeholderSection, planSection, sectionTocEntry, subHeading, type Cell } from '../sectionHtml';
import { planSectionTitle } from '../sectionTitles';

const wordsOf = (language: UiLanguage) => planTexts[language].print.salesHandoff;

const anchors = { targets: 'plan-handoff-targets', calendar: 'plan-handoff-calendar', events: 'plan-handoff-events' } as const;

/** Objectives per monthly table, so a plan with many objectives still fits the page width. */
const OBJECTIVES_PER_MONTH_TABLE = 4;

/**
 * What marketing hands to sales 交给销售 (DOMAIN.md): the yearly / quarterly / monthly targets,
 * the promotion calendar, and the events and trade shows — only what is going ahead in the
 * plan period. Empty when there are neither objectives nor scheduled campaigns.
 */
export const salesHandoffSection: PlanSectionWriter = (ctx) => {
  const { language } = ctx;
  const words = wordsOf(language);
  const toc: PlanSectionOutput['toc'] = [sectionTocEntry('sales-handoff', language)];
  const campaigns = planCampaigns(ctx.workspace, ctx.plan, ctx.period).filter(isScheduled);
  const promotions = campaigns.filter((c) => c.kind === 'campaign');
  const events = campaigns.filter((c) => c.kind !== 'campaign');
  const objectives = ctx.plan.objectives;
  if (objectives.length === 0 && campaigns.length === 0) return { html: placeholderSection('sales-handoff', language), empty: true, toc };

  const parts: string[] = [];
  const add = (key: keyof typeof anchors, text: string, html: string) => {
    parts.push(subHeading(text, anchors[key]), html);
    toc.push({ anchor: anchors[key], text, level: 2 });
  };
  if (objectives.length > 0) add('targets', words.targets, targetTables(objectives, ctx));
  if (promotions.length > 0) add('calendar', words.calendar, calendarTable(promotions, ctx));
  if (events.length > 0) add('events', words.events, eventsTable(events, ctx));
  return { html: planSection('sales-handoff', planSectionTitle('sales-handoff', language), parts.join('')), empty: false, toc };
};

/**
 * Year plan: objective × (Q1–Q4, year), then month × objective. Quarter plan: objective × (its
 * three months, the quarter, the year). Levels (%) have no split: only their target, under the year.
 */
function targetTables(objectives: PlanObjective[], ctx: PlanContext): string {
  const { language } = ctx;
  const common = commonTexts[language];
  const labels = planTexts[language].print.words;
  const words = wordsOf(language);
  const quarter = ctx.plan.period.quarter;
  const months = monthsInPeriod(ctx.plan.period);
  const fmt = (o: PlanObjective, v: number | null) => (v === null ? common.none : formatObjectiveValue(v, o, language));
  const splittable = (o: PlanObjective) => !isLevelObjective(o) && objectiveAnnual(o) !== null;

  if (quarter !== null) {
    const head: Cell[] = [labels.objective, ...months.map((m) => num(common.months[m - 1]!)), num(common.quarters[quarter - 1]!), num(labels.year)];
    const rows = objectives.map((o) => {
      const annual = num(fmt(o, objectiveAnnual(o)));
      if (!splittable(o)) return [o.name, ...months.map(() => num(common.none)), num(common.none), annual];
      const byMonth = monthlyBreakdown(o);
      return [o.name, ...months.map((m) => num(fmt(o, byMonth[m - 1]!))), num(fmt(o, quarterlyBreakdown(o)[quarter - 1]!)), annual];
    });
    return dataTable(head, rows);
  }

  const head: Cell[] = [labels.objective, ...common.quarters.map(num), num(labels.year)];
  const rows = objectives.map((o) => (splittable(o)
    ? [o.name, ...quarterlyBreakdown(o).map((v) => num(fmt(o, v))), num(fmt(o, objectiveAnnual(o)))]
    : [o.name, ...common.quarters.map(() => num(common.none)), num(fmt(o, objectiveAnnual(o)))]));
  const parts = [dataTable(head, rows)];

  const monthly = objectives.filter(splittable);
  for (let i = 0; i < monthly.length; i += OBJECTIVES_PER_MONTH_TABLE) {
    const group = monthly.slice(i, i + OBJECTIVES_PER_MONTH_TABLE);
    const splits = group.map((o) => monthlyBreakdown(o));
    if (i === 0) parts.push(`<h3>${escapeHtml(words.monthlyTargets)}</h3>`);
    parts.push(dataTable(
      [labels.month, ...group.map((o) => num(o.name))],
      months.map((m) => [common.months[m - 1]!, ...group.map((o, j) => num(fmt(o, splits[j]![m - 1]!)))]),
    ));
  }
  return parts.join('');
}

function channelList(campaign: Campaign, ctx: PlanContext): string {
  const common = commonTexts[ctx.language];
  const names = commonTexts[ctx.language].channelTypes;
  return campaign.channels.length === 0 ? common.none : campaign.channels.map((c) => names[c]).join(common.listSeparator);
}

function calendarTable(campaigns: Campaign[], ctx: PlanContext): string {
  const common = commonTexts[ctx.language];
  const labels = planTexts[ctx.language].print.words;
  return dataTable(
    [labels.campaign, labels.dates, labels.channels, labels.owner, labels.objective],
    campaigns.map((c) => [
      c.name, formatPlanDateRange(c.startDate, c.endDate, ctx.language), channelList(c, ctx),
      c.owner.trim() || common.none, c.objective.trim() || common.none,
    ]),
  );
}

function eventsTable(events: Campaign[], ctx: PlanContext): string {
  const common = commonTexts[ctx.language];
  const labels = planTexts[ctx.language].print.words;
  const words = wordsOf(ctx.language);
  return dataTable(
    [words.event, words.kind, labels.dates, words.location, labels.owner],
    events.map((c) => [
      c.name, common.campaignKind[c.kind], formatPlanDateRange(c.startDate, c.endDate, ctx.language),
      c.event?.venue.trim() || common.none, c.owner.trim() || common.none,
    ]),
  );
}
