import type { MethodInput } from '../../contract/contract';
import type { UiLanguage } from '../../schema/primitives';
import type { Workspace } from '../../schema/workspace';
import { workshopRecord } from '../record';
import { workshopSummaryHtml } from './workshopSummaryHtml';
import { workshopWords } from './workshopWords';

/** The contract's renderPdf header is at most this long; a workshop title may be up to 200 characters too. */
const HEADER_MAX = 200;

/**
 * What the host's renderPdf needs to print one workshop's summary, or null when the workspace
 * has no such workshop: the HTML, A4, the workshop title as the running header and the plan's
 * "Page X of Y" footer. Also the file name's words ("<title> – Workshop summary").
 */
export function workshopSummaryPdfRequest(
  workspace: Workspace, workshopId: string, language: UiLanguage, today: string,
): { request: MethodInput<'renderPdf'>; title: string; fileLabel: string } | null {
  const record = workshopRecord(workspace, workshopId);
  if (!record) return null;
  const labels = workshopWords(language);
  const { html } = workshopSummaryHtml({ record, language, today });
  return {
    request: { html, pageSize: 'A4', headerText: record.title.slice(0, HEADER_MAX), footerText: labels.footerTemplate },
    title: record.title,
    fileLabel: labels.summary,
  };
}
