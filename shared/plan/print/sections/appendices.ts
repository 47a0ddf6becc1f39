import { fill } from '../../../i18n/text';
import { planTexts, type PlanText } from '../../../i18n/texts';
import type { PlanAppendix, PlanSectionOutput, PlanSectionWriter } from '../planContext';
import { escapeHtml, hasText, sectionAnchor, sectionHtml } from '../printHtml';

/**
 * Appendices 附录: the BRD/PRD documents the plan names, each as "Appendix A: title" on a page of
 * its own (the first one on the section's first page, under the section heading).
 *
 * TRUST BOUNDARY: `safeBodyHtml` is inserted as it is. It must come from richToHtml
 * (shared/documents/export/htmlRich.ts), the allowlist serializer that escapes all text and
 * writes only its own tags, http(s)/mailto links and data: images — the renderer builds
 * PlanContext.appendices that way. Never pass a document's stored bodyHtml or any other HTML
 * here; the CSP of the printed document (no script, no fetches) is the second line of defence,
 * not the first. Titles and subtitles are plain text and are escaped here.
 */

type Labels = PlanText['print']['appendices'];

/** A, B, … Z, AA, AB … (a plan may name up to 100 documents). */
export function appendixLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function appendixHeading(appendix: PlanAppendix, index: number, labels: Labels): string {
  return fill(labels.appendix, { letter: appendixLetter(index), title: hasText(appendix.title) ? appendix.title : labels.untitled });
}

const appendixAnchor = (index: number) => sectionAnchor('appendices', appendixLetter(index));

export const appendicesSection: PlanSectionWriter = (ctx): PlanSectionOutput => {
  const labels = planTexts[ctx.language].print.appendices;
  const title = planTexts[ctx.language].print.sectionTitles.appendices;
  const body = ctx.appendices.map((appendix, index) => [
    `<article class="appendix">`,
    `<h2 id="${appendixAnchor(index)}">${escapeHtml(appendixHeading(appendix, index, labels))}</h2>`,
    hasText(appendix.subtitle) ? `<p class="plan-subtitle">${escapeHtml(appendix.subtitle)}</p>` : '',
    `<div class="appendix-body">${appendix.safeBodyHtml}</div>`,
    '</article>',
  ].join('')).join('');
  return {
    html: sectionHtml('appendices', title, body),
    empty: ctx.appendices.length === 0,
    toc: [
      { anchor: sectionAnchor('appendices'), text: title, level: 1 },
      ...ctx.appendices.map((appendix, index) => ({ anchor: appendixAnchor(index), text: appendixHeading(appendix, index, labels), level: 2 as const })),
    ],
  };
};
