import { escapeHtml } from '../../../documents/export/escape';
import type { PlanObjective } from '../../../schema/marketingPlan';
import { fill } from '../../../i18n/text';
import { commonTexts, planTexts } from '../../../i18n/texts';
import type { UiLanguage } from '../../../schema/primitives';
import { monthlyBreakdown, objectiveAnnual, quarterlyBreakdown } from '../../objectives';
import { monthsInPeriod } from '../../planPeriod';
import type { PlanContext, PlanSectionOutput, PlanSectionWriter } from '../planContext';
import { formatObjectiveValue, isLevelObjective, shareText } from '../planFormat';
import { dataTable, num, paragraphs, placeholderSection, planSection, sectionTocEntry, subHeading, type Cell } from '../sectionHtml';
import { planSectionTitle } from '../sectionTitles';

const wordsOf = (language: UiLanguage) => planTexts[language].print.objectives;

export const objectiveAnchor = (objective: Pick<PlanObjective, 'id'>) => `plan-objective-${objective.id}`;

/**
 * Objectives and targets 目标与指标: per objective its annual target, the split by quarter and
 * by month (分解、量化). With a quarter chosen only that quarter and its months are shown.
 * Percentages (awareness, share) are levels, not sums: they show the target, and months only
 * when the user set them. Empty when the plan has no objectives.
 */
export const objectivesSection: PlanSectionWriter = (ctx) => {
  const title = planSectionTitle('objectives', ctx.language);
  const toc: PlanSectionOutput['toc'] = [sectionTocEntry('objectives', ctx.language)];
  if (ctx.plan.objectives.length === 0) return { html: placeholderSection('objectives', ctx.language), empty: true, toc };
  const body = ctx.plan.objectives.map((objective) => {
    toc.push({ anchor: objectiveAnchor(objective), text: objective.name, level: 2 });
    return objectiveHtml(objective, ctx);
  }).join('');
  return { html: planSection('objectives', title, body), empty: false, toc };
};

function objectiveHtml(objective: PlanObjective, ctx: PlanContext): string {
  const { language } = ctx;
  const words = wordsOf(language);
  const common = commonTexts[language];
  const labels = planTexts[language].print.words;
  const value = (n: number) => formatObjectiveValue(n, objective, language);
  const annual = objectiveAnnual(objective);
  const quarter = ctx.plan.period.quarter;
  const parts = [subHeading(objective.name, objectiveAnchor(objective))];

  if (annual === null) {
    parts.push(paragraphs(objective.notes, 'plan-note'), `<p class="plan-empty">${escapeHtml(words.noTarget)}</p>`);
    return `<div class="plan-objective">${parts.join('')}</div>`;
  }

  const level = isLevelObjective(objective);
  const targets = [`${words.annualTarget}${common.colon}${value(annual)}`];
  if (quarter !== null && !level) {
    targets.unshift(`${fill(words.quarterTarget, { quarter: common.quarters[quarter - 1]! })}${common.colon}${value(quarterlyBreakdown(objective)[quarter - 1]!)}`);
  }
  parts.push(`<p class="plan-objective-target">${targets.map(escapeHtml).join('<br>')}</p>`, paragraphs(objective.notes, 'plan-note'));

  if (level) {
    parts.push(`<p class="plan-note">${escapeHtml(words.levelNote)}</p>`);
    // Levels the user set month by month are shown as given; there is nothing to add up.
    if (objective.monthlyTargets) parts.push(monthTable(objective, ctx.plan.period, language, null));
  } else {
    if (quarter === null) {
      const quarters = quarterlyBreakdown(objective);
      parts.push(`<h3>${escapeHtml(words.byQuarter)}</h3>`);
      parts.push(dataTable(
        [labels.quarter, ...common.quarters.map(num), num(labels.year)],
        [[labels.target, ...quarters.map((q) => num(value(q))), num(value(annual))]],
      ));
    }
    parts.push(monthTable(objective, ctx.plan.period, language, annual));
  }
  return `<div class="plan-objective">${parts.join('')}</div>`;
}

/** Month | target | share of year, for the months of the plan period; no share column for levels. */
function monthTable(objective: PlanObjective, period: PlanContext['plan']['period'], language: UiLanguage, annual: number | null): string {
  const words = wordsOf(language);
  const common = commonTexts[language];
  const labels = planTexts[language].print.words;
  const months = monthlyBreakdown(objective);
  const head: Cell[] = [labels.month, num(labels.target), ...(annual === null ? [] : [num(words.shareOfYear)])];
  const rows = monthsInPeriod(period).map((m) => {
    const target = months[m - 1]!;
    const row: Cell[] = [common.months[m - 1]!, num(formatObjectiveValue(target, objective, language))];
    if (annual !== null) row.push(num(shareText(target, annual, language) ?? common.none));
    return row;
  });
  return `<h3>${escapeHtml(words.byMonth)}</h3>${dataTable(head, rows)}`;
}
