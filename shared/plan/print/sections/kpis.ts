import { escapeHtml } from '../../../documents/export/escape';
import type { Campaign } from '../../../schema/campaign';
import { commonTexts, planTexts } from '../../../i18n/texts';
import type { UiLanguage } from '../../../schema/primitives';
import type { Strategy } from '../../../schema/strategy';
import { sumMonths } from '../../objectives';
import { isScheduled, planCampaigns } from '../../planCampaigns';
import type { PlanContext, PlanSectionOutput, PlanSectionWriter } from '../planContext';
import { formatPlanDateRange, formatPlanMoney, formatPlanNumber, shareText } from '../planFormat';
import { dataTable, num, placeholderSection, planSection, sectionTocEntry, subHeading, type Cell, type Row } from '../sectionHtml';
import { planSectionTitle } from '../sectionTitles';

type KpiName = keyof Campaign['kpis'];
const KPI_NAMES: readonly KpiName[] = ['reach', 'leads', 'conversions', 'revenue'];

const wordsOf = (language: UiLanguage) => planTexts[language].print.kpis;

const anchors = { totals: 'plan-kpis-totals', perCampaign: 'plan-kpis-campaigns', promotion: 'plan-kpis-promotion' } as const;

/** A campaign says something about KPIs when any target or actual is set. */
const hasKpis = (c: Campaign) => KPI_NAMES.some((k) => c.kpis[k].target !== null || c.kpis[k].actual !== null);

/**
 * KPIs 关键绩效指标: the targets and actuals of the campaigns going ahead in the plan period,
 * summed and per campaign (revenue in the workspace currency), and the KPI each promotion-mix
 * item of the plan's strategies promises. Empty when neither exists.
 */
export const kpisSection: PlanSectionWriter = (ctx) => {
  const { language } = ctx;
  const words = wordsOf(language);
  const toc: PlanSectionOutput['toc'] = [sectionTocEntry('kpis', language)];
  const campaigns = planCampaigns(ctx.workspace, ctx.plan, ctx.period).filter((c) => isScheduled(c) && hasKpis(c));
  const promotion = promotionRows(ctx.strategies, language);
  if (campaigns.length === 0 && promotion.length === 0) return { html: placeholderSection('kpis', language), empty: true, toc };

  const parts: string[] = [];
  if (campaigns.length > 0) {
    parts.push(subHeading(words.totals, anchors.totals), totalsTable(campaigns, ctx));
    parts.push(subHeading(words.perCampaign, anchors.perCampaign), `<p class="plan-note">${escapeHtml(words.perCampaignNote)}</p>`, perCampaignTable(campaigns, ctx));
    toc.push({ anchor: anchors.totals, text: words.totals, level: 2 }, { anchor: anchors.perCampaign, text: words.perCampaign, level: 2 });
  }
  if (promotion.length > 0) {
    const showStrategy = ctx.strategies.length > 1;
    const labels = planTexts[language].print.words;
    const head: Cell[] = [words.promotionItem, ...(showStrategy ? [labels.strategy] : []), labels.objective, words.kpi];
    parts.push(subHeading(words.promotion, anchors.promotion), dataTable(head, promotion.map((r) => [r.type, ...(showStrategy ? [r.strategy] : []), r.objective, r.kpi])));
    toc.push({ anchor: anchors.promotion, text: words.promotion, level: 2 });
  }
  return { html: planSection('kpis', planSectionTitle('kpis', language), parts.join('')), empty: false, toc };
};

function formatKpi(kpi: KpiName, value: number | null, ctx: PlanContext): string {
  if (value === null) return commonTexts[ctx.language].none;
  return kpi === 'revenue' ? formatPlanMoney(value, ctx.workspace.settings.currency, ctx.language) : formatPlanNumber(value, ctx.language);
}

/** Sum of the set values, null when none is set (so "no actuals yet" does not print as 0). */
function sumSet(values: Array<number | null>): number | null {
  const set = values.filter((v): v is number => v !== null);
  return set.length === 0 ? null : sumMonths(set);
}

function totalsTable(campaigns: Campaign[], ctx: PlanContext): string {
  const words = wordsOf(ctx.language);
  const labels = { ...planTexts[ctx.language].print.words, none: commonTexts[ctx.language].none };
  const rows = KPI_NAMES.map((kpi) => {
    const target = sumSet(campaigns.map((c) => c.kpis[kpi].target));
    const actual = sumSet(campaigns.map((c) => c.kpis[kpi].actual));
    const achieved = target !== null && actual !== null ? shareText(actual, target, ctx.language) : null;
    return [words.kpis[kpi], num(formatKpi(kpi, target, ctx)), num(formatKpi(kpi, actual, ctx)), num(achieved ?? labels.none)];
  });
  return dataTable([words.kpi, num(labels.target), num(labels.actual), num(words.achieved)], rows);
}

function perCampaignTable(campaigns: Campaign[], ctx: PlanContext): string {
  const words = wordsOf(ctx.language);
  const labels = planTexts[ctx.language].print.words;
  const rows: Row[] = campaigns.map((c) => ({
    cells: [
      c.name,
      formatPlanDateRange(c.startDate, c.endDate, ctx.language),
      ...KPI_NAMES.map((kpi) => num(`${formatKpi(kpi, c.kpis[kpi].target, ctx)} / ${formatKpi(kpi, c.kpis[kpi].actual, ctx)}`)),
    ],
  }));
  return dataTable([labels.campaign, labels.dates, ...KPI_NAMES.map((kpi) => num(words.kpis[kpi]))], rows);
}

interface PromotionRow { type: string; strategy: string; objective: string; kpi: string }

/** Promotion-mix items with a KPI, in strategy and item order. */
function promotionRows(strategies: Strategy[], language: UiLanguage): PromotionRow[] {
  const promotionTypes = commonTexts[language].promotionTypes;
  const none = commonTexts[language].none;
  return strategies.flatMap((s) => s.promotion.items
    .filter((item) => item.kpi.trim())
    .map((item) => ({ type: promotionTypes[item.type], strategy: s.name, objective: item.objective.trim() || none, kpi: item.kpi.trim() })));
}
