import { budgetRollup, type BudgetLine, type BudgetRollup } from '../../../calendar/budgetRollup';
import { formatPercent, pickCurrency } from '../../../documents/strategyBlocks/numberFormat';
import { fill } from '../../../i18n/text';
import { commonTexts, planTexts, type PlanText } from '../../../i18n/texts';
import { BUDGET_CHART_KEYS } from '../chartKeys';
import type { PlanContext, PlanSectionOutput, PlanSectionWriter } from '../planContext';
import {
  chartFigureHtml, definitionListHtml, emptyNoteHtml, escapeHtml, headingHtml, moneyFormatter, sectionAnchor, sectionHtml, tableHtml,
} from '../printHtml';
import { campaignsInRange } from '../campaignsInRange';
import { dayNumber } from '../timelinePosition';

/**
 * Budget 预算 for the plan: the plan year's marketing budget (workspace.budgets) split by channel
 * and by month, and the campaigns' planned budget against their actual spend (budgetRollup:
 * money spread evenly over each campaign's days, all of the workspace's campaigns: the annual
 * budget is the company's, not a strategy's). The allocation by channel is the year's (budgets
 * are set per year); planned vs. actual covers the plan period — for a quarter, without the
 * annual channel allocation, which says nothing about a quarter. Empty when the year has no
 * budget and no campaign money.
 */

type Labels = PlanText['print']['budget'];

export interface PeriodMonth { year: number; month: number }

/** The calendar months of the period, in order (a fiscal year may span two calendar years). */
export function periodMonths(start: string, end: string): PeriodMonth[] {
  if (dayNumber(start) === null || dayNumber(end) === null || end < start) return [];
  const months: PeriodMonth[] = [];
  let year = Number(start.slice(0, 4));
  let month = Number(start.slice(5, 7));
  const last = end.slice(0, 7);
  for (let guard = 0; guard < 1_200; guard++) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > last) break;
    months.push({ year, month });
    month += 1;
    if (month > 12) { month = 1; year += 1; }
  }
  return months;
}

interface Money {
  amount: (value: number) => string;
  signed: (value: number) => string;
  percent: (value: number) => string;
}

function moneyFormat(ctx: PlanContext): Money {
  const format = moneyFormatter(pickCurrency(ctx.workspace.settings.currency, 'USD'), ctx.language);
  const amount = (value: number) => escapeHtml(format(value));
  return {
    amount,
    // A variance shows its sign either way: "+¥2,000" over plan, "−¥500" under it.
    signed: (value) => (value > 0 ? `+${amount(value)}` : value < 0 ? `−${amount(-value)}` : amount(0)),
    percent: (value) => escapeHtml(formatPercent(value, ctx.language)),
  };
}

interface BudgetData {
  year: number;
  /** The plan year's rollup: the annual budget, its allocations and what is left of it. */
  yearRollup: BudgetRollup;
  /** The plan period's rollup: the year's own for a whole-year plan, else the campaigns cut to the period, without allocations. */
  periodRollup: BudgetRollup;
  wholeYear: boolean;
  months: Array<{ label: string; line: BudgetLine }>;
}

function budgetData(ctx: PlanContext): BudgetData {
  const words = commonTexts[ctx.language];
  const year = ctx.plan.period.year;
  const rollups = new Map<number, BudgetRollup>();
  const rollupOf = (y: number) => {
    let rollup = rollups.get(y);
    if (!rollup) {
      rollup = budgetRollup(ctx.workspace, y);
      rollups.set(y, rollup);
    }
    return rollup;
  };
  const yearRollup = rollupOf(year);
  const { start, end } = ctx.period;
  const wholeYear = start === `${year}-01-01` && end === `${year}-12-31`;
  // An annual channel allocation says nothing about a quarter, so a partial period compares
  // planned with actual only (the renderer's budget chart does the same).
  const periodRollup = wholeYear ? yearRollup : budgetRollup({ campaigns: campaignsInRange(ctx.workspace.campaigns, start, end), budgets: [] }, year);
  const months = periodMonths(start, end).map(({ year: y, month }) => ({
    label: y === year ? words.months[month - 1]! : `${words.months[month - 1]!} ${y}`,
    line: rollupOf(y).byMonth[month - 1]!,
  }));
  return { year, yearRollup, periodRollup, wholeYear, months };
}

const roundCents = (value: number) => Math.round(value * 100) / 100;
const lineHasMoney = (line: BudgetLine) => line.allocated !== null || line.planned !== 0 || line.actual !== 0;

/** Nothing of the user's: no budget for the year and no campaign money in the year or the period. */
function isEmptyBudget(data: BudgetData): boolean {
  const { yearRollup, periodRollup, months } = data;
  return yearRollup.total === null && yearRollup.plannedTotal === 0 && yearRollup.actualTotal === 0
    && periodRollup.plannedTotal === 0 && periodRollup.actualTotal === 0 && !months.some(({ line }) => lineHasMoney(line));
}

function summaryHtml(data: BudgetData, ctx: PlanContext, labels: Labels, money: Money): string {
  const { yearRollup, periodRollup, year } = data;
  const facts: Array<[string, string]> = [];
  if (yearRollup.total !== null) facts.push([fill(labels.annualBudget, { year }), money.amount(yearRollup.total)]);
  facts.push(
    [fill(labels.plannedTotal, { period: ctx.period.label }), money.amount(periodRollup.plannedTotal)],
    [fill(labels.actualTotal, { period: ctx.period.label }), money.amount(periodRollup.actualTotal)],
  );
  if (yearRollup.remaining !== null) facts.push([fill(labels.remaining, { year }), money.amount(yearRollup.remaining)]);
  return headingHtml(2, labels.summary) + definitionListHtml(facts, 'plan-facts budget-summary')
    + (yearRollup.total === null ? emptyNoteHtml(fill(labels.noBudget, { year })) : '');
}

function allocationHtml(data: BudgetData, ctx: PlanContext, labels: Labels, money: Money, channelName: (channel: string) => string): string {
  const { yearRollup, months, year } = data;
  const total = yearRollup.total;
  if (total === null) return '';
  const words = planTexts[ctx.language].print.words;
  const share = (value: number) => (total > 0 ? money.percent((value / total) * 100) : '—');
  const channels = yearRollup.byChannel.filter((line) => line.allocated !== null);
  const byChannel = channels.length === 0
    ? ''
    : headingHtml(3, fill(labels.allocationByChannel, { year })) + tableHtml({
        className: 'budget-table',
        headers: [labels.channel, labels.allocated, labels.shareOfTotal],
        numeric: [1, 2],
        rows: channels.map((line) => [escapeHtml(channelName(line.channel)), money.amount(line.allocated!), share(line.allocated!)]),
        totalRow: [escapeHtml(words.total), money.amount(roundCents(channels.reduce((sum, line) => sum + line.allocated!, 0))), share(channels.reduce((sum, line) => sum + line.allocated!, 0))],
      });
  const monthTotal = roundCents(months.reduce((sum, { line }) => sum + (line.allocated ?? 0), 0));
  const byMonth = headingHtml(3, fill(labels.allocationByMonth, { period: ctx.period.label })) + tableHtml({
    className: 'budget-table',
    headers: [words.month, labels.allocated, labels.shareOfTotal],
    numeric: [1, 2],
    rows: months.map(({ label, line }) => [escapeHtml(label), line.allocated === null ? '—' : money.amount(line.allocated), line.allocated === null ? '—' : share(line.allocated)]),
    totalRow: [escapeHtml(words.total), money.amount(monthTotal), share(monthTotal)],
  });
  return headingHtml(2, labels.allocation, sectionAnchor('budget', 'allocation')) + byChannel + byMonth;
}

function plannedVsActualHtml(data: BudgetData, ctx: PlanContext, labels: Labels, money: Money, channelName: (channel: string) => string): string {
  const { periodRollup, wholeYear, months } = data;
  const words = planTexts[ctx.language].print.words;
  const overFlag = (line: BudgetLine) => (line.over ? ` <span class="over-flag">${escapeHtml(labels.overAllocation)}</span>` : '');
  const variance = (planned: number, actual: number) => money.signed(roundCents(actual - planned));
  const allocatedCell = (value: number | null) => (value === null ? '—' : money.amount(value));
  // The Budget column only where an allocation applies: every month, and channels for a whole year.
  const row = (name: string, line: BudgetLine, withBudget: boolean) => [
    escapeHtml(name), ...(withBudget ? [allocatedCell(line.allocated)] : []),
    // The flag sits with the actual spend it is about (actual vs. budget), not with the variance (actual vs. planned).
    money.amount(line.planned), money.amount(line.actual) + overFlag(line), variance(line.planned, line.actual),
  ];
  const totalRow = (lines: BudgetLine[], withBudget: boolean) => {
    const planned = roundCents(lines.reduce((sum, line) => sum + line.planned, 0));
    const actual = roundCents(lines.reduce((sum, line) => sum + line.actual, 0));
    const allocated = lines.some((line) => line.allocated !== null) ? roundCents(lines.reduce((sum, line) => sum + (line.allocated ?? 0), 0)) : null;
    return [escapeHtml(words.total), ...(withBudget ? [allocatedCell(allocated)] : []), money.amount(planned), money.amount(actual), variance(planned, actual)];
  };
  const headers = (first: string, withBudget: boolean) => [first, ...(withBudget ? [labels.allocated] : []), labels.planned, words.actual, labels.variance];
  const numeric = (withBudget: boolean) => (withBudget ? [1, 2, 3, 4] : [1, 2, 3]);

  const channelLines = periodRollup.byChannel.filter(lineHasMoney);
  const channelBudget = wholeYear && channelLines.some((line) => line.allocated !== null);
  const byChannel = headingHtml(3, fill(labels.pvaByChannel, { period: ctx.period.label })) + (channelLines.length === 0
    ? emptyNoteHtml(labels.noCampaignMoney)
    : tableHtml({
        className: 'budget-table',
        headers: headers(labels.channel, channelBudget),
        numeric: numeric(channelBudget),
        rows: channelLines.map((line) => row(channelName(line.channel), line, channelBudget)),
        totalRow: totalRow(channelLines, channelBudget),
      }));
  const monthLines = months.map(({ line }) => line);
  const monthBudget = monthLines.some((line) => line.allocated !== null);
  const byMonth = headingHtml(3, fill(labels.pvaByMonth, { period: ctx.period.label })) + tableHtml({
    className: 'budget-table',
    headers: headers(words.month, monthBudget),
    numeric: numeric(monthBudget),
    rows: months.map(({ label, line }) => row(label, line, monthBudget)),
    totalRow: totalRow(monthLines, monthBudget),
  });
  const anyOver = [...channelLines, ...monthLines].some((line) => line.over);
  return headingHtml(2, labels.plannedVsActual, sectionAnchor('budget', 'planned-vs-actual'))
    + byChannel + chartFigureHtml(ctx.charts, BUDGET_CHART_KEYS.byChannel, labels.chartByChannel, labels.chartByChannel)
    + byMonth + chartFigureHtml(ctx.charts, BUDGET_CHART_KEYS.byMonth, labels.chartByMonth, labels.chartByMonth)
    + (anyOver ? `<p class="table-note">${escapeHtml(labels.overNote)}</p>` : '');
}

export const budgetSection: PlanSectionWriter = (ctx): PlanSectionOutput => {
  const labels = planTexts[ctx.language].print.budget;
  const title = planTexts[ctx.language].print.sectionTitles.budget;
  const words = planTexts[ctx.language].print.words;
  const channelNames = commonTexts[ctx.language].channelTypes;
  const channelName = (channel: string) => (channel === 'none' ? words.noChannel : channelNames[channel as keyof typeof channelNames] ?? channel);
  const money = moneyFormat(ctx);
  const data = budgetData(ctx);
  const empty = isEmptyBudget(data);
  const hasAllocation = data.yearRollup.total !== null;
  const body = empty
    ? ''
    : summaryHtml(data, ctx, labels, money) + allocationHtml(data, ctx, labels, money, channelName) + plannedVsActualHtml(data, ctx, labels, money, channelName);
  return {
    html: sectionHtml('budget', title, body),
    empty,
    toc: [
      { anchor: sectionAnchor('budget'), text: title, level: 1 },
      ...(hasAllocation ? [{ anchor: sectionAnchor('budget', 'allocation'), text: labels.allocation, level: 2 as const }] : []),
      { anchor: sectionAnchor('budget', 'planned-vs-actual'), text: labels.plannedVsActual, level: 2 },
    ],
  };
};
