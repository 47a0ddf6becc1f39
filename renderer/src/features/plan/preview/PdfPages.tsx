import { Alert, Loader, Stack, Text } from '@mantine/core';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../../kernel/i18n/typedT';
import { openPdf } from './pdfjs';

/** Device pixels per CSS pixel for the preview canvases: sharp on HiDPI screens, bounded for big plans. */
const RENDER_SCALE = Math.min(2, window.devicePixelRatio || 1);

/** Every page of the PDF, drawn by pdf.js: the preview is the file itself, so it matches page for page. */
export function PdfPages({ bytes, width }: { bytes: Uint8Array; width: number }) {
  const { t } = useT('plan');
  const [pdf, setPdf] = useState<PDFDocumentProxy | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    let opened: PDFDocumentProxy | null = null;
    openPdf(bytes).then((doc) => {
      opened = doc;
      if (cancelled) void doc.destroy();
      else setPdf(doc);
    }, (reason: unknown) => { if (!cancelled) setError(String(reason)); });
    return () => {
      cancelled = true;
      void opened?.destroy();
      setPdf(null);
    };
  }, [bytes]);

  if (error) return <Alert color="red">{error}</Alert>;
  if (!pdf) return <Loader size="sm" />;
  return (
    <Stack gap="md" align="center" data-testid="plan-preview-pages" data-pages={pdf.numPages}>
      <Text size="sm" c="dimmed">{t('preview.pages', { count: pdf.numPages })}</Text>
      {Array.from({ length: pdf.numPages }, (_, index) => (
        <PdfPage key={index} pdf={pdf} pageNumber={index + 1} width={width} label={t('preview.page', { page: index + 1, total: pdf.numPages })} />
      ))}
    </Stack>
  );
}

function PdfPage({ pdf, pageNumber, width, label }: { pdf: PDFDocumentProxy; pageNumber: number; width: number; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let task: { cancel(): void } | null = null;
    let cancelled = false;
    void pdf.getPage(pageNumber).then((page) => {
      const element = canvas.current;
      if (cancelled || !element) return;
      const base = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: (width / base.width) * RENDER_SCALE });
      element.width = Math.floor(viewport.width);
      element.height = Math.floor(viewport.height);
      element.style.width = `${width}px`;
      element.style.height = `${Math.floor(viewport.height / RENDER_SCALE)}px`;
      const render = page.render({ canvas: element, viewport });
      task = render;
      render.promise.catch(() => undefined);
    });
    return () => {
      cancelled = true;
      task?.cancel();
    };
  }, [pdf, pageNumber, width]);
  return <canvas ref={canvas} role="img" aria-label={label} style={{ boxShadow: '0 1px 6px rgba(0,0,0,0.25)', background: '#fff' }} />;
}
