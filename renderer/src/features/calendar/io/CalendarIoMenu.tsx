import { Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCalendarDown, IconCalendarPlus, IconChevronDown, IconFileExport, IconFileImport } from '@tabler/icons-react';
import { useRef, useState, type ChangeEvent } from 'react';
import { useT } from '../../../kernel/i18n/typedT';
import { CSV_LIMITS, campaignsToCsv, parseCampaignCsv } from '../../../../../shared/calendar/campaignCsv';
import { ICS_LIMITS, campaignsToIcs, parseIcs } from '../../../../../shared/calendar/ics';
import { newId } from '../../../../../shared/ids';
import { downloadFile, safeFileName } from '../../../kernel/files/downloadFile';
import { useCanEdit, useOpenSession, useRun } from '../../../kernel/workspace/WorkspaceContext';
import { csvPreview, icsPreview } from './buildPreview';
import { ImportPreviewModal } from './ImportPreviewModal';
import { importable, type ImportPreview } from './importPreviewModel';
import { readImportFile } from './readImportFile';

/**
 * ICS (RFC 5545) and CSV out of and into the calendar. Exports are whole-workspace downloads;
 * imports go through a preview that names every bad row, and add only the valid rows, only
 * after the user confirms — as one undoable operation (campaign.importMany).
 */
export function CalendarIoMenu() {
  const { t } = useT('calendar');
  const run = useRun();
  const session = useOpenSession();
  const canEdit = useCanEdit();
  const csvInput = useRef<HTMLInputElement>(null);
  const icsInput = useRef<HTMLInputElement>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  if (!session) return null;
  const workspace = session.workspace;
  const baseName = safeFileName(workspace.name, 'Stratboard');

  const exportIcs = () => {
    if (workspace.campaigns.length === 0) return notifications.show({ message: t('calendarIo.nothingToExport') });
    const text = campaignsToIcs(workspace.campaigns, { calendarName: workspace.name, now: new Date(), includeActivities: true });
    const file = `${baseName}.ics`;
    downloadFile(file, text, 'text/calendar;charset=utf-8');
    notifications.show({ message: t('calendarIo.exported', { file, count: workspace.campaigns.length }) });
  };

  const exportCsv = () => {
    if (workspace.campaigns.length === 0) return notifications.show({ message: t('calendarIo.nothingToExport') });
    const file = `${baseName}.csv`;
    downloadFile(file, campaignsToCsv(workspace.campaigns, workspace.strategies), 'text/csv;charset=utf-8');
    notifications.show({ message: t('calendarIo.exported', { file, count: workspace.campaigns.length }) });
  };

  const onFileChosen = (kind: 'csv' | 'ics') => async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again must fire again
    if (!file) return;
    const read = await readImportFile(file, kind, kind === 'csv' ? CSV_LIMITS.maxBytes : ICS_LIMITS.maxBytes);
    if (!read.ok) {
      setPreview({ format: kind, fileName: file.name, encoding: '', rows: [], skippedDuplicates: 0, fileProblem: t(`calendarIo.fileErrors.${read.code}`, { detail: read.detail }) });
      return;
    }
    if (kind === 'csv') {
      const result = parseCampaignCsv(read.text, { strategies: workspace.strategies, newId: () => newId('cmp') });
      setPreview(csvPreview(result, file.name, read.encoding, t));
    } else {
      setPreview(icsPreview(parseIcs(read.text), file.name, new Set(workspace.campaigns.map((c) => c.id)), t));
    }
  };

  const confirmImport = () => {
    if (!preview) return;
    const campaigns = importable(preview);
    if (campaigns.length > 0 && run('campaign.importMany', { campaigns })) {
      notifications.show({ color: 'teal', message: t('calendarIo.imported', { count: campaigns.length }) });
    }
    setPreview(null);
  };

  return (
    <>
      <input ref={csvInput} type="file" accept=".csv,text/csv" hidden data-testid="import-csv-input" onChange={(e) => void onFileChosen('csv')(e)} />
      <input ref={icsInput} type="file" accept=".ics,text/calendar" hidden data-testid="import-ics-input" onChange={(e) => void onFileChosen('ics')(e)} />
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="default" rightSection={<IconChevronDown size={16} aria-hidden />}>{t('io.menu')}</Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconCalendarDown size={16} aria-hidden />} onClick={exportIcs}>{t('io.exportIcs')}</Menu.Item>
          <Menu.Item leftSection={<IconFileExport size={16} aria-hidden />} onClick={exportCsv}>{t('io.exportCsv')}</Menu.Item>
          <Menu.Divider />
          <Menu.Item leftSection={<IconCalendarPlus size={16} aria-hidden />} disabled={!canEdit} onClick={() => icsInput.current?.click()}>{t('io.importIcs')}</Menu.Item>
          <Menu.Item leftSection={<IconFileImport size={16} aria-hidden />} disabled={!canEdit} onClick={() => csvInput.current?.click()}>{t('io.importCsv')}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ImportPreviewModal preview={preview} onConfirm={confirmImport} onClose={() => setPreview(null)} />
    </>
  );
}
