import { escapeHtml } from '../../../documents/export/escape';
import type { UiLanguage } from '../../../schema/primitives';
import type { PlanSectionOutput } from '../planContext';
import { placeholderSection, planSection } from '../sectionHtml';
import { planSectionTitle } from '../sectionTitles';

export type TocEntry = PlanSectionOutput['toc'][number];

/**
 * The table of contents 目录, built from the toc entries the other sections returned (in print
 * order), so it is written after them. Entries link to their headings (the PDF keeps internal
 * links). Page numbers are printed only when known — Chromium prints without JavaScript, so
 * they can come only from a first rendering pass: `pages` maps an anchor to its page.
 */
export function contentsSection(
  entries: readonly TocEntry[],
  language: UiLanguage,
  pages?: ReadonlyMap<string, number>,
): PlanSectionOutput {
  // A table of contents does not list itself.
  const toc: TocEntry[] = [];
  if (entries.length === 0) return { html: placeholderSection('contents', language), empty: true, toc };
  const items = entries.map((entry) => {
    const page = pages?.get(entry.anchor);
    const pageHtml = page === undefined ? '' : `<span class="plan-toc-page">${escapeHtml(String(page))}</span>`;
    return `<li class="plan-toc-${entry.level}"><a href="#${escapeHtml(entry.anchor)}">${escapeHtml(entry.text)}</a>${pageHtml}</li>`;
  });
  const html = planSection('contents', planSectionTitle('contents', language), `<ol class="plan-toc">${items.join('')}</ol>`);
  // The contents lists other people's headings, not the user's own words: it is "empty" exactly
  // when there is nothing to list.
  return { html, empty: false, toc };
}
