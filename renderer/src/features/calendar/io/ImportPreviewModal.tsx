import { Alert, Badge, Button, Group, Modal, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useT } from '../../../kernel/i18n/typedT';
import { importable, type ImportPreview } from './importPreviewModel';

const SHOWN_ROWS = 300;

/**
 * What an import would add, row by row with each problem named, before anything is written.
 * Only the valid rows are imported, and only when the user confirms.
 */
export function ImportPreviewModal({ preview, onConfirm, onClose }: { preview: ImportPreview | null; onConfirm: () => void; onClose: () => void }) {
  const { t } = useT('calendar');
  if (!preview) return null;
  const valid = importable(preview).length;
  const invalid = preview.rows.length - valid;
  const title = t(preview.format === 'csv' ? 'calendarIo.previewCsvTitle' : 'calendarIo.previewIcsTitle', { file: preview.fileName });

  return (
    <Modal opened onClose={onClose} title={title} size="xl">
      <Stack gap="sm">
        {preview.fileProblem ? (
          <Alert color="red" role="alert">{preview.fileProblem}</Alert>
        ) : (
          <>
            <Text size="sm">
              {t('calendarIo.summary', { valid, invalid })} {preview.format === 'csv' && t('calendarIo.encoding', { encoding: preview.encoding.toUpperCase() })}
            </Text>
            {preview.skippedDuplicates > 0 && <Text size="sm" c="dimmed">{t('calendarIo.duplicates', { count: preview.skippedDuplicates })}</Text>}
            {invalid > 0 && <Alert color={valid === 0 ? 'red' : 'orange'} p="xs">{valid === 0 ? t('calendarIo.allBad') : t('calendarIo.partialNote')}</Alert>}
            <ScrollArea.Autosize mah={420}>
              <Table striped verticalSpacing={4} fz="sm" stickyHeader>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={60}>{t('calendarIo.line')}</Table.Th>
                    <Table.Th>{t('calendarIo.name')}</Table.Th>
                    <Table.Th w={200}>{t('calendarIo.dates')}</Table.Th>
                    <Table.Th>{t('calendarIo.problems')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {preview.rows.slice(0, SHOWN_ROWS).map((row) => (
                    <Table.Tr key={row.key}>
                      <Table.Td>{row.line ?? '—'}</Table.Td>
                      <Table.Td>{row.name}</Table.Td>
                      <Table.Td>{row.dates}</Table.Td>
                      <Table.Td>
                        {row.problems.length === 0 ? <Badge color="teal" variant="light">{t('calendarIo.ok')}</Badge> : (
                          <Text size="sm" c="red.7">{row.problems.join('; ')}</Text>
                        )}
                        {row.notes.length > 0 && <Text size="xs" c="dimmed">{row.notes.join('; ')}</Text>}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea.Autosize>
            {preview.rows.length > SHOWN_ROWS && (
              <Text size="xs" c="dimmed">{t('calendarIo.moreRows', { count: preview.rows.length - SHOWN_ROWS, shown: SHOWN_ROWS })}</Text>
            )}
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('calendarIo.cancel')}</Button>
          {!preview.fileProblem && (
            <Button disabled={valid === 0} onClick={onConfirm}>{t('calendarIo.importValid', { count: valid })}</Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
