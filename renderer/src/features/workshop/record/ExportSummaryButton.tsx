import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useT } from '../../../kernel/i18n/typedT';
import { useWorkshopSummaryPdf, type WorkshopSummaryPdfResult } from './useWorkshopSummaryPdf';

/**
 * "Export summary PDF": a progress notification that follows the export's step, then the
 * outcome in the same notification — green when saved, red with the reason when it failed,
 * grey when the user closed the save dialog.
 */
export function ExportSummaryButton({ workshopId }: { workshopId: string }) {
  const { t } = useT('workshop');
  const { exportPdf, busy, step } = useWorkshopSummaryPdf(workshopId);
  const id = `workshop-summary-${workshopId}`;

  useEffect(() => {
    if (step) notifications.update({ id, message: t(`record.progress.${step}`) });
  }, [id, step, t]);

  const run = async () => {
    notifications.show({ id, loading: true, autoClose: false, withCloseButton: false, message: t('record.progress.printing') });
    let outcome: WorkshopSummaryPdfResult;
    try {
      outcome = await exportPdf();
    } catch (error) {
      // The hook answers failures as values; this only catches the unexpected, so it is never silent.
      outcome = { ok: false, message: t('record.exportFailed', { message: error instanceof Error ? error.message : String(error) }) };
    }
    const color = outcome.ok ? 'teal' : outcome.cancelled ? 'gray' : 'red';
    notifications.update({ id, loading: false, color, autoClose: outcome.ok || outcome.cancelled ? 6_000 : 15_000, withCloseButton: true, message: outcome.message });
  };

  return (
    <Button leftSection={<IconFileTypePdf size={16} aria-hidden />} loading={busy} onClick={() => void run()} data-testid="workshop-export-pdf">
      {t('record.export')}
    </Button>
  );
}
