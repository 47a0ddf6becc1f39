import { pickCurrency } from '../../../documents/strategyBlocks/numberFormat';
import { formatPlanDateRange } from '../planFormat';
import { strategyBlockLabels } from '../../../documents/strategyBlocks/labels';
import type { Campaign } from '../../../schema/campaign';
import type { UiLanguage } from '../../../schema/primitives';
import { campaignTimelineHtml, touchesRange } from '../campaignTimeline';
import type { PlanContext, PlanSectionOutput, PlanSectionWriter } from '../planContext';
import { escapeHtml, headingHtml, moneyFormatter, sectionAnchor, sectionHtml, tableHtml, textHtml } from '../printHtml';
import { printWords } from '../printWords';
import { periodQuarters } from '../timelinePosition';
import { planCampaigns } from '../../planCampaigns';

/**
 * Promotion plan and campaign calendar 促销计划与活动日历: every campaign, event and trade show
 * that runs during the plan period — one HTML timeline per quarter of the period, then the
 * campaign table with owners, status and money. The campaigns are planCampaigns' (those of the
 * plan's strategies when it names some), the same the sales hand-off lists. Empty when no such
 * campaign overlaps the period.
 */

interface Labels {
  title: string;
  timeline: string;
  campaigns: string;
  intro: (count: number, period: string) => string;
  continued: (caption: string) => string;
  noCampaigns: string;
  milestone: string;
  legend: string;
  columns: { name: string; kind: string; dates: string; channels: string; owner: string; status: string; planned: string; actual: string };
}

const LABELS: Record<UiLanguage, Labels> = {
  en: {
    title: 'Promotion plan and campaign calendar',
    timeline: 'Timeline',
    campaigns: 'Campaigns',
    intro: (count, period) => `${count} ${count === 1 ? 'campaign runs' : 'campaigns run'} during ${period}.`,
    continued: (caption) => `${caption} (continued)`,
    noCampaigns: 'No campaigns in this quarter.',
    milestone: 'Milestone',
    legend: 'Legend',
    columns: { name: 'Campaign', kind: 'Kind', dates: 'Dates', channels: 'Channels', owner: 'Owner', status: 'Status', planned: 'Planned budget', actual: 'Actual spend' },
  },
  'zh-CN': {
    title: '促销计划与活动日历',
    timeline: '时间轴',
    campaigns: '活动列表',
    intro: (count, period) => `${period}期间共有 ${count} 项营销活动。`,
    continued: (caption) => `${caption}（续）`,
    noCampaigns: '本季度没有营销活动。',
    milestone: '里程碑',
    legend: '图例',
    columns: { name: '活动', kind: '类型', dates: '日期', channels: '渠道', owner: '负责人', status: '状态', planned: '计划预算', actual: '实际支出' },
  },
};

export const promotionCalendarTitle = (language: UiLanguage): string => LABELS[language].title;

function timelinesHtml(ctx: PlanContext, campaigns: readonly Campaign[], labels: Labels): string {
  const words = printWords(ctx.language);
  const { year, quarter } = ctx.plan.period;
  return periodQuarters(ctx.period.start, ctx.period.end)
    .map((range) => {
      // A one-quarter plan prints that quarter's own number, not "1 of 1".
      const caption = `${words.quarter(quarter ?? range.index, year)} · ${formatPlanDateRange(range.start, range.end, ctx.language)}`;
      const rows = campaigns.filter((campaign) => touchesRange(campaign, range.start, range.end));
      return campaignTimelineHtml(rows, range.start, range.end, {
        words, caption, continued: labels.continued, noCampaigns: labels.noCampaigns, milestone: labels.milestone, legend: labels.legend,
      });
    })
    .join('');
}

function campaignTableHtml(ctx: PlanContext, campaigns: readonly Campaign[], labels: Labels): string {
  const words = printWords(ctx.language);
  const channelNames = strategyBlockLabels(ctx.language).channelTypes;
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
    totalRow: [escapeHtml(words.total), '', '', '', '', '', money(planned), money(actual)],
  });
}

export const promotionCalendarSection: PlanSectionWriter = (ctx): PlanSectionOutput => {
  const labels = LABELS[ctx.language];
  const campaigns = planCampaigns(ctx.workspace, ctx.plan, ctx.period);
  const timelineAnchor = sectionAnchor('promotion-calendar', 'timeline');
  const tableAnchor = sectionAnchor('promotion-calendar', 'campaigns');
  const body = campaigns.length === 0
    ? ''
    : `<p>${escapeHtml(labels.intro(campaigns.length, ctx.period.label))}</p>`
      + headingHtml(2, labels.timeline, timelineAnchor) + timelinesHtml(ctx, campaigns, labels)
      + headingHtml(2, labels.campaigns, tableAnchor) + campaignTableHtml(ctx, campaigns, labels);
  return {
    html: sectionHtml('promotion-calendar', labels.title, body),
    empty: campaigns.length === 0,
    toc: [
      { anchor: sectionAnchor('promotion-calendar'), text: labels.title, level: 1 },
      { anchor: timelineAnchor, text: labels.timeline, level: 2 },
      { anchor: tableAnchor, text: labels.campaigns, level: 2 },
    ],
  };
};
