import { escapeHtml } from '../../../documents/export/escape';
import { safeImage } from '../../../documents/export/safeUrls';
import { planTexts } from '../../../i18n/texts';
import type { PlanSectionWriter } from '../planContext';
import { formatPlanDate } from '../planFormat';
import { planSectionAnchor, printedPlanTitle } from '../sectionTitles';

/**
 * The cover page: company logo and name, plan title, period, author and date. It is a page of
 * its own (class plan-cover: the print CSS breaks the page after it) and is not listed in the
 * contents. Never empty: the company name is always there.
 */
export const coverSection: PlanSectionWriter = (ctx) => {
  const labels = planTexts[ctx.language].print.words;
  const company = ctx.workspace.company;
  // The schema already allows only raster data URLs; checking again costs nothing and keeps
  // this writer safe if it is ever handed an unvalidated workspace.
  const logo = company.logoDataUrl ? safeImage(company.logoDataUrl) : null;
  const meta: Array<[string, string]> = [];
  if (ctx.plan.author.trim()) meta.push([labels.preparedBy, ctx.plan.author.trim()]);
  meta.push([labels.date, formatPlanDate(ctx.today, ctx.language)]);
  const html = [
    `<section class="plan-section plan-cover" id="${planSectionAnchor('cover')}">`,
    '<div class="plan-cover-company">',
    logo ? `<img class="plan-cover-logo" src="${escapeHtml(logo.src)}" alt="${escapeHtml(company.name)}">` : '',
    `<p class="plan-cover-company-name">${escapeHtml(company.name)}</p>`,
    '</div>',
    `<h1 class="plan-cover-title">${escapeHtml(printedPlanTitle(ctx.plan, ctx.language))}</h1>`,
    `<p class="plan-cover-period">${escapeHtml(ctx.period.label)}</p>`,
    '<dl class="plan-cover-meta">',
    ...meta.map(([term, value]) => `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd>`),
    '</dl>',
    '</section>',
  ].join('');
  return { html, empty: false, toc: [] };
};
