import type { TFn } from '../../../kernel/i18n/typedT';
import type { CsvImport } from '../../../../../shared/calendar/campaignCsv';
import { icsEventToCampaign, type IcsImport } from '../../../../../shared/calendar/ics';
import { newId } from '../../../../../shared/ids';
import type { ImportPreview, PreviewRow } from './importPreviewModel';

const range = (start: string, end: string) => (start === end ? start : `${start} – ${end}`);

/** CSV parse result → preview rows with every problem as a sentence naming the column and value. */
export function csvPreview(result: CsvImport, fileName: string, encoding: string, t: TFn<'calendar'>): ImportPreview {
  const fileProblem = result.fileError
    ? t(`calendarIo.fileErrors.${result.fileError.code}`, { detail: result.fileError.detail, format: 'CSV' })
    : null;
  const rows: PreviewRow[] = result.rows.map((row) => ({
    key: `line-${row.line}`,
    line: row.line,
    name: row.campaign?.name ?? '',
    dates: row.campaign ? range(row.campaign.startDate, row.campaign.endDate) : '',
    problems: row.errors.map((error) => t(`calendarIo.rowErrors.${error.code}`, { column: error.column, value: error.value })),
    notes: row.warnings.map((warning) => t(`calendarIo.rowWarnings.${warning.code}`, { column: warning.column, value: warning.value })),
    campaign: row.campaign,
  }));
  return { format: 'csv', fileName, encoding, fileProblem, rows, skippedDuplicates: 0 };
}

/** ICS parse result → preview rows; events this workspace exported itself (same UID) are skipped as duplicates. */
export function icsPreview(result: IcsImport, fileName: string, existingIds: ReadonlySet<string>, t: TFn<'calendar'>): ImportPreview {
  const fileProblem = result.fileError
    ? t(`calendarIo.fileErrors.${result.fileError.code}`, { detail: result.fileError.detail, format: 'iCalendar' })
    : null;
  let skippedDuplicates = 0;
  const rows: PreviewRow[] = [];
  for (const event of result.events) {
    const candidate = event.candidate;
    const ownId = candidate?.uid.endsWith('@stratboard') ? candidate.uid.slice(0, -'@stratboard'.length) : null;
    if (ownId && existingIds.has(ownId)) {
      skippedDuplicates += 1;
      continue;
    }
    const problems = event.errors.map((code) => t(`calendarIo.eventErrors.${code}`));
    rows.push({
      key: `event-${event.index}`,
      line: event.line,
      name: candidate?.summary || t('calendarIo.noSummary'),
      dates: candidate ? range(candidate.startDate, candidate.endDate) : '',
      problems,
      notes: event.warnings.map((code) => t(`calendarIo.eventWarnings.${code}`)),
      campaign: candidate && problems.length === 0 ? icsEventToCampaign(candidate, { id: newId('cmp') }) : null,
    });
  }
  return { format: 'ics', fileName, encoding: 'UTF-8', fileProblem, rows, skippedDuplicates };
}
