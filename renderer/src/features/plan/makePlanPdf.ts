import type { WorkspaceApi } from '../../../../shared/contract/client';
import { richToHtml } from '../../../../shared/documents/export/htmlWriter';
import { resolveStrategyBlocks } from '../../../../shared/documents/strategyBlocks/resolveStrategyBlocks';
import { versionLabel } from '../../../../shared/documents/versions';
import { planTexts } from '../../../../shared/i18n/texts';
import { monthsInPeriod } from '../../../../shared/plan/planPeriod';
import { planStrategies } from '../../../../shared/plan/planStrategies';
import type { PlanAppendix } from '../../../../shared/plan/print/planContext';
import { planDocumentHtml } from '../../../../shared/plan/print/planDocument';
import { printedPlanTitle } from '../../../../shared/plan/print/sectionTitles';
import type { UiLanguage } from '../../../../shared/schema/primitives';
import type { Workspace } from '../../../../shared/schema/workspace';
import { i18n } from '../../kernel/i18n/i18n';
import { todayIso } from '../../kernel/dates/todayIso';
import { htmlToRichDoc } from '../../kernel/richText/htmlToRich';
import { renderPlanCharts } from './charts/renderPlanCharts';

export type PlanPdfStep = 'charts' | 'layout' | 'printing';

export type PlanPdfResult =
  | { ok: true; bytes: Uint8Array<ArrayBuffer>; html: string }
  | { ok: false; step: PlanPdfStep; message: string; unsupported: boolean };

function appendicesOf(workspace: Workspace, language: UiLanguage): PlanAppendix[] {
  const t = i18n.getFixedT(language, 'app');
  return workspace.marketingPlan.documentIds.flatMap((id) => {
    const doc = workspace.documents.find((candidate) => candidate.id === id);
    if (!doc) return [];
    const body = resolveStrategyBlocks(htmlToRichDoc(doc.bodyHtml), workspace.strategies, { language, currency: workspace.settings.currency });
    const version = versionLabel(doc);
    return [{
      documentId: doc.id,
      title: doc.title,
      subtitle: [t(`enums.documentKind.${doc.kind}`), t(`enums.documentStatus.${doc.status}`), version].filter(Boolean).join(' · '),
      // Through the editor schema and our allowlist serializer: the appendix writer trusts this HTML.
      safeBodyHtml: richToHtml(body.content ?? []),
    }];
  });
}

function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The plan PDF in three steps, each named when it fails: charts drawn by chart.js at print
 * resolution, the print HTML laid out by the shared section writers, then printed by the host's
 * Chromium (JavaScript off) with the running header and "page X of Y" footer.
 */
export async function makePlanPdf(api: WorkspaceApi, workspace: Workspace, language: UiLanguage, onStep: (step: PlanPdfStep) => void): Promise<PlanPdfResult> {
  const plan = workspace.marketingPlan;
  let charts: Record<string, string>;
  onStep('charts');
  try {
    charts = await renderPlanCharts({
      strategies: planStrategies(workspace, plan), workspace, year: plan.period.year, months: monthsInPeriod(plan.period), language,
    });
  } catch (error) {
    return { ok: false, step: 'charts', message: messageOf(error), unsupported: false };
  }

  onStep('layout');
  let html: string;
  try {
    html = planDocumentHtml({ workspace, language, charts, appendices: appendicesOf(workspace, language), today: todayIso() }).html;
  } catch (error) {
    return { ok: false, step: 'layout', message: messageOf(error), unsupported: false };
  }

  onStep('printing');
  const result = await api.renderPdf({
    html, pageSize: plan.pageSize, margins: plan.margins,
    headerText: printedPlanTitle(plan, language), footerText: planTexts[language].print.footerTemplate,
  });
  if (!result.ok) return { ok: false, step: 'printing', message: result.error.message, unsupported: result.error.code === 'unsupported' };
  return { ok: true, bytes: base64ToBytes(result.value.pdfBase64), html };
}
