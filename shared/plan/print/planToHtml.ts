import { escapeHtml } from '../../documents/export/escape';
import type { PlanSectionId } from '../../schema/marketingPlan';
import type { PlanContext, PlanSectionOutput, PlanSectionWriters } from './planContext';
import { planCss } from './planCss';
import { printedPlanTitle } from './sectionTitles';

/**
 * The plan as one self-contained HTML document for the host's Chromium to print: the enabled
 * sections in the plan's order, empty ones left out or reduced to their title and the "not yet
 * written" line as the plan says, and the table of contents written last (it lists the other
 * sections' headings) but placed where the plan puts it. Nothing loads from outside: the CSP
 * allows inline styles and data: images only, and there is no script.
 */

export type PlanTocEntry = PlanSectionOutput['toc'][number];

export interface PlanToHtmlOptions {
  /** The "not yet written" line of an empty section (plan.emptySections 'placeholder'). */
  placeholderText: string;
  /** The contents section's HTML for these entries (e.g. `(e) => contentsSection(e, language, pages).html`). */
  contents: (entries: PlanTocEntry[]) => string;
}

export interface PlanSectionReport {
  id: PlanSectionId;
  /** In the document, with its content or as a placeholder. */
  printed: boolean;
  /** Had nothing of the user's in it. */
  empty: boolean;
}

export interface PlanHtml {
  html: string;
  /** Every enabled section, in print order (disabled ones are not listed). */
  sections: PlanSectionReport[];
}

/** A writer threw: names the section, so the export can say what failed. */
export class PlanSectionError extends Error {
  constructor(readonly sectionId: PlanSectionId, cause: unknown) {
    super(`The "${sectionId}" section could not be written: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'PlanSectionError';
  }
}

export const PLAN_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";

/**
 * The section's title for its placeholder: the first level-1 contents entry the writer gave.
 * A section without one (the cover lists nothing) cannot say what is missing, so it is left out.
 */
const titleEntry = (output: PlanSectionOutput): PlanTocEntry | undefined => output.toc.find((entry) => entry.level === 1);

function placeholderHtml(id: PlanSectionId, entry: PlanTocEntry, text: string): string {
  return `<section class="plan-section plan-section-${id} plan-section-empty" id="${escapeHtml(entry.anchor)}">`
    + `<h1>${escapeHtml(entry.text)}</h1><p class="plan-empty">${escapeHtml(text)}</p></section>`;
}

function runWriter(id: PlanSectionId, writers: Omit<PlanSectionWriters, 'contents'>, ctx: PlanContext): PlanSectionOutput {
  try {
    return writers[id as Exclude<PlanSectionId, 'contents'>](ctx);
  } catch (error) {
    throw new PlanSectionError(id, error);
  }
}

export function planToHtml(ctx: PlanContext, writers: Omit<PlanSectionWriters, 'contents'>, options: PlanToHtmlOptions): PlanHtml {
  const parts: string[] = [];
  const sections: PlanSectionReport[] = [];
  const toc: PlanTocEntry[] = [];
  let contentsAt: { part: number; report: number } | null = null;

  for (const { id, enabled } of ctx.plan.sections) {
    if (!enabled) continue;
    if (id === 'contents') {
      contentsAt = { part: parts.length, report: sections.length };
      parts.push('');
      sections.push({ id, printed: false, empty: true });
      continue;
    }
    const output = runWriter(id, writers, ctx);
    if (!output.empty) {
      parts.push(output.html);
      toc.push(...output.toc);
      sections.push({ id, printed: true, empty: false });
      continue;
    }
    const entry = ctx.plan.emptySections === 'placeholder' ? titleEntry(output) : undefined;
    if (entry) {
      parts.push(placeholderHtml(id, entry, options.placeholderText));
      // Only the title: the writer's sub-entries point at headings the placeholder does not have.
      toc.push(entry);
    }
    sections.push({ id, printed: entry !== undefined, empty: true });
  }

  // A contents page with nothing to list is left out whatever the plan says: its "not yet
  // written" line would be wrong (there is nothing for the user to write).
  if (contentsAt !== null && toc.length > 0) {
    try {
      parts[contentsAt.part] = options.contents(toc);
    } catch (error) {
      throw new PlanSectionError('contents', error);
    }
    sections[contentsAt.report] = { id: 'contents', printed: true, empty: false };
  }

  const lang = ctx.language === 'zh-CN' ? 'zh-CN' : 'en';
  const html = [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${PLAN_CSP}">`,
    // The same title the cover and the running header print.
    `<title>${escapeHtml(printedPlanTitle(ctx.plan, ctx.language))}</title>`,
    `<style>${planCss(ctx.plan.pageSize)}</style>`,
    '</head>',
    `<body>${parts.join('')}</body>`,
    '</html>',
  ].join('\n');
  return { html, sections };
}
