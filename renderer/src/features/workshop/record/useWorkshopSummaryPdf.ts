import { useCallback, useRef, useState } from 'react';
import { fill } from '../../../../../shared/i18n/text';
import { workshopTexts } from '../../../../../shared/i18n/texts';
import type { UiLanguage } from '../../../../../shared/schema/primitives';
import { workshopSummaryPdfRequest } from '../../../../../shared/workshop/print/workshopSummaryPdf';
import { safeFileName } from '../../../kernel/files/downloadFile';
import { saveExport } from '../../../kernel/files/saveExport';
import { currentLanguage } from '../../../kernel/i18n/i18n';
import { useApi, useOpenSession } from '../../../kernel/workspace/WorkspaceContext';
import { todayIso } from '../../../kernel/dates/todayIso';

export type WorkshopSummaryPdfStep = 'printing' | 'saving';

/**
 * What an export came to. Failures are values, never thrown; `message` is ready to show in the
 * UI language (`print.export` in shared/i18n/workshop.*). `cancelled` = the user closed the
 * save dialog: nothing went wrong, so the page can say so quietly.
 */
export type WorkshopSummaryPdfResult =
  | { ok: true; fileName: string; /** Where the desktop saved it; null = downloaded by the browser (web mode). */ path: string | null; message: string }
  | { ok: false; message: string; cancelled?: true };

/** "<title> – Workshop summary.pdf", safe on every OS; the title is shortened first so the label always fits. */
export function workshopSummaryFileName(title: string, fileLabel: string): string {
  return `${safeFileName(title, 'Workshop').slice(0, 100).trim()} – ${fileLabel}.pdf`;
}

function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Exports one workshop's summary as a PDF through the marketing plan's pipeline: the record
 * (shared/workshop/record.ts) laid out by the shared print writer, printed by the host's
 * Chromium (renderPdf, JavaScript off), then saved like the plan (desktop save dialog, web
 * download). The caller shows the progress (`busy`, `step`) and the result's message.
 */
export function useWorkshopSummaryPdf(workshopId: string): {
  exportPdf: () => Promise<WorkshopSummaryPdfResult>;
  busy: boolean;
  step: WorkshopSummaryPdfStep | null;
} {
  const api = useApi();
  const workspace = useOpenSession()?.workspace ?? null;
  const [step, setStep] = useState<WorkshopSummaryPdfStep | null>(null);
  const running = useRef<Promise<WorkshopSummaryPdfResult> | null>(null);

  const make = useCallback(async (language: UiLanguage): Promise<WorkshopSummaryPdfResult> => {
    const labels = workshopTexts[language].print.export;
    const made = workspace ? workshopSummaryPdfRequest(workspace, workshopId, language, todayIso()) : null;
    if (!made) return { ok: false, message: labels.notFound };

    setStep('printing');
    const printed = await api.renderPdf(made.request);
    if (!printed.ok) {
      return { ok: false, message: printed.error.code === 'unsupported' ? fill(labels.unsupported, { message: printed.error.message }) : fill(labels.failed, { message: printed.error.message }) };
    }

    setStep('saving');
    const fileName = workshopSummaryFileName(made.title, made.fileLabel);
    const saved = await saveExport(api, {
      name: fileName, kind: 'pdf', mime: 'application/pdf', content: base64ToBytes(printed.value.pdfBase64), openAfterSave: true,
    });
    if (saved.saved) return { ok: true, fileName, path: saved.path, message: saved.path ? fill(labels.saved, { path: saved.path }) : fill(labels.downloaded, { file: fileName }) };
    return saved.cancelled ? { ok: false, cancelled: true, message: labels.cancelled } : { ok: false, message: fill(labels.failed, { message: saved.message }) };
  }, [api, workspace, workshopId]);

  const exportPdf = useCallback(async (): Promise<WorkshopSummaryPdfResult> => {
    // A second click while one export runs joins it instead of opening a second save dialog.
    if (running.current) return running.current;
    const job = make(currentLanguage()).catch((error: unknown) => ({
      ok: false as const, message: fill(workshopTexts[currentLanguage()].print.export.failed, { message: error instanceof Error ? error.message : String(error) }),
    }));
    running.current = job;
    try {
      return await job;
    } finally {
      running.current = null;
      setStep(null);
    }
  }, [make]);

  return { exportPdf, busy: step !== null, step };
}
