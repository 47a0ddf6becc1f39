import { notifications } from '@mantine/notifications';
import { useCallback, useState } from 'react';
import { useT } from '../../../kernel/i18n/typedT';
import { documentToDocx } from '../../../../../shared/documents/export/docxWriter';
import { documentToHtml } from '../../../../../shared/documents/export/htmlWriter';
import { documentToMarkdown } from '../../../../../shared/documents/export/markdownWriter';
import { fill } from '../../../../../shared/i18n/text';
import { documentsTexts } from '../../../../../shared/i18n/texts';
import type { ProductDocument } from '../../../../../shared/schema/document';
import type { UiLanguage } from '../../../../../shared/schema/primitives';
import { downloadFile, safeFileName } from '../../../kernel/files/downloadFile';
import { currentLanguage } from '../../../kernel/i18n/i18n';
import { useApi, useOpenSession } from '../../../kernel/workspace/WorkspaceContext';
import { buildExportModel } from './buildExportModel';

export type ExportFormat = 'pdf' | 'docx' | 'markdown' | 'html';

const FILE_TYPES: Record<ExportFormat, { extension: string; mime: string }> = {
  pdf: { extension: 'pdf', mime: 'application/pdf' },
  docx: { extension: 'docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  markdown: { extension: 'md', mime: 'text/markdown;charset=utf-8' },
  html: { extension: 'html', mime: 'text/html;charset=utf-8' },
};

/** "Page {page} of {total}" / "第 {page} 页，共 {total} 页": the host fills in the numbers. */
function footerText(language: UiLanguage): string {
  return fill(documentsTexts[language].exported.pageNumber, { page: '{page}', total: '{total}' });
}

function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Exports one document. Markdown, HTML and DOCX are written here in the renderer; the PDF is the
 * print HTML turned into pages by the host's Chromium (Electron printToPDF, or the web server's
 * Chromium), with the page numbers in the footer. A failure says what failed; no file is written.
 */
export function useDocumentExport(doc: ProductDocument): { busy: ExportFormat | null; run: (format: ExportFormat) => Promise<void> } {
  const { t } = useT('documents');
  const { t: tMain } = useT('app');
  const api = useApi();
  const session = useOpenSession();
  const [busy, setBusy] = useState<ExportFormat | null>(null);

  const run = useCallback(async (format: ExportFormat) => {
    if (!session || busy) return;
    const language = currentLanguage();
    const formatName = t(`export.${format}`);
    const id = `export-${doc.id}`;
    setBusy(format);
    notifications.show({ id, loading: true, autoClose: false, withCloseButton: false, message: t('export.working', { format: formatName }) });
    try {
      const model = buildExportModel(doc, session.workspace, language, {
        kind: tMain(`enums.documentKind.${doc.kind}`),
        status: tMain(`enums.documentStatus.${doc.status}`),
      });
      const fileName = `${safeFileName(doc.title, 'document')}.${FILE_TYPES[format].extension}`;
      let content: string | Uint8Array<ArrayBuffer>;
      if (format === 'markdown') content = documentToMarkdown(model);
      else if (format === 'html') content = documentToHtml(model, { mode: 'file' });
      else if (format === 'docx') content = new Uint8Array(await documentToDocx(model));
      else {
        const result = await api.renderPdf({ html: documentToHtml(model, { mode: 'print' }), pageSize: 'A4', headerText: doc.title, footerText: footerText(language) });
        if (!result.ok) {
          const message = result.error.code === 'unsupported' ? t('export.pdfUnsupported', { message: result.error.message }) : t('export.failed', { message: result.error.message });
          notifications.update({ id, color: 'red', loading: false, autoClose: 12_000, withCloseButton: true, message });
          return;
        }
        content = base64ToBytes(result.value.pdfBase64);
      }
      downloadFile(fileName, content, FILE_TYPES[format].mime);
      notifications.update({ id, color: 'teal', loading: false, autoClose: 4_000, withCloseButton: true, message: t('export.done', { file: fileName }) });
    } catch (error) {
      notifications.update({ id, color: 'red', loading: false, autoClose: 12_000, withCloseButton: true, message: t('export.failed', { message: error instanceof Error ? error.message : String(error) }) });
    } finally {
      setBusy(null);
    }
  }, [api, busy, doc, session, t, tMain]);

  return { busy, run };
}
