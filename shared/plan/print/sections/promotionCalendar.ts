import { pickCurrency } from '../../../documents/strategyBlocks/numberFormat';
import { formatPlanDateRange } from '../planFormat';
import { fill, fillCount } from '../../../i18n/text';
import { commonTexts, planTexts, type PlanText } from '../../../i18n/texts';
import type { Campaign } from '../../../schema/campaign';
import { campaignTimelineHtml, touchesRange } from '../campaignTimeline';
import type { PlanContext, PlanSectionOutput, PlanSectionWriter } from '../planContext';
import { escapeHtml, headingHtml, moneyFormatter, sectionAnchor, sectionHtml, tableHtml, textHtml } from '../printHtml';
import { periodQuarters } from '../timelinePosition';
import { planCampaigns } from '../../planCampaigns';

/**
 * Promotion plan and campaign calendar 促销计划与活动日历: every campaign, event and trade show
 * that runs during the plan period — one HTML timeline per quarter of the period, then the
 * campaign table with owners, status and money. The campaigns are planCampaigns' (those of the
 * plan's strategies when it names some), the same the sales hand-off lists. Empty when no such
 * campaign overlaps the period.
 */

type Labels = PlanText['print']['promotionCalendar'];

/** "Q2 2026" / "2026 年第二季度" (the plan period's wording, planPeriod.ts). */
function quarterOfYear(ctx: PlanContext, quarter: number, year: number): string {
  const common = commonTexts[ctx.language];
  return fill(common.quarterOfYear, { quarter: common.quarters[quarter - 1] ?? String(quarter), year });
}

function timelinesHtml(ctx: PlanContext, campaigns: readonly Campaign[], labels: Labels): string {
  const words = commonTexts[ctx.language];
  const { year, quarter } = ctx.plan.period;
  return periodQuarters(ctx.period.start, ctx.period.end)
    .map((range) => {
      // A one-quarter plan prints that quarter's own number, not "1 of 1".
      const caption = `${quarterOfYear(ctx, quarter ?? range.index, year)} · ${formatPlanDateRange(range.start, range.end, ctx.language)}`;
      const rows = campaigns.filter((campaign) => touchesRange(campaign, range.start, range.end));
      return campaignTimelineHtml(rows, range.start, range.end, {
        words, caption, continued: labels.continued, noCampaigns: labels.noCampaigns, milestone: labels.milestone, legend: labels.legend,
      });
    })
    .join('');
}

function campaignTableHtml(ctx: PlanContext, campaigns: readonly Campaign[], labels: Labels): string {
  const words = commonTexts[ctx.language];
  const total = planTexts[ctx.language].print.words.total;
  const channelNames = commonTexts[ctx.language].channelTypes;
  const format = moneyFormatter(pickCurrency(ctx.workspace.settings.currency, 'USD'), ctx.language);
  const money = (value: number) => escapeHtml(format(value));
  const c = labels.columns;
  const planned = campaigns.reduce((sum, campaign) => sum + campaign.plannedBudget, 0);
  const actual = campaigns.reduce((sum, campaign) => sum + campaign.actualSpend, 0);
  return tableHtml({
    className: 'campaigns-table',
    headers: [c.name, c.kind, c.dates, c.channels, c.owner, c.status, c.planned, c.actual],
    numeric: [6, 7],
    nowrap: [1, 5],
    rows: campaigns.map((campaign) => [
      textHtml(campaign.name),
      escapeHtml(words.campaignKind[campaign.kind]),
      escapeHtml(formatPlanDateRange(campaign.startDate, campaign.endDate, ctx.language)),
      escapeHtml(campaign.channels.map((channel) => channelNames[channel] ?? channel).join(words.listSeparator)),
      textHtml(campaign.owner),
      escapeHtml(words.campaignStatus[campaign.status]),
      money(campaign.plannedBudget),
      money(campaign.actualSpend),
    ]),
    totalRow: [escapeHtml(total), '', '', '', '', '', money(planned), money(actual)],
  });
}

export const promotionCalendarSection: PlanSectionWriter = (ctx): PlanSectionOutput => {
  const labels = planTexts[ctx.language].print.promotionCalendar;
  const title = planTexts[ctx.language].print.sectionTitles['promotion-calendar'];
  const campaigns = planCampaigns(ctx.workspace, ctx.plan, ctx.period);
  const timelineAnchor = sectionAnchor('promotion-calendar', 'timeline');
  const tableAnchor = sectionAnchor('promotion-calendar', 'campaigns');
  const body = campaigns.length === 0
    ? ''
    : `<p>${escapeHtml(fillCount(labels, 'intro', ctx.language, { count: campaigns.length, period: ctx.period.label }))}</p>`
      + headingHtml(2, labels.timeline, timelineAnchor) + timelinesHtml(ctx, campaigns, labels)
      + headingHtml(2, labels.campaigns, tableAnchor) + campaignTableHtml(ctx, campaigns, labels);
  return {
    html: sectionHtml('promotion-calendar', title, body),
    empty: campaigns.length === 0,
    toc: [
      { anchor: sectionAnchor('promotion-calendar'), text: title, level: 1 },
      { anchor: timelineAnchor, text: labels.timeline, level: 2 },
      { anchor: tableAnchor, text: labels.campaigns, level: 2 },
    ],
  };
};
