import { Table, Text } from '@mantine/core';
import { useT } from '../../../kernel/i18n/typedT';
import type { WorkshopRecord } from '../../../../../shared/workshop/record';
import { formatClock } from '../../../../../shared/workshop/clock';
import { currentLanguage } from '../../../kernel/i18n/i18n';
import { totalMinutes } from '../duration';
import { useDurationText } from '../useDurationText';
import { stepTiming, totalActualSeconds } from './stepTiming';

function clockTime(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : new Intl.DateTimeFormat(currentLanguage(), { timeStyle: 'short' }).format(date);
}

/** The agenda with planned and actual times per step, the difference (overruns in red), and totals. */
export function RecordAgendaTable({ record, currentItemId }: { record: WorkshopRecord; currentItemId: string | null }) {
  const { t } = useT('workshop');
  const { t: tApp } = useT('strategy');
  const duration = useDurationText();
  const planned = totalMinutes(record.agenda.map((item) => ({ minutes: item.plannedMinutes })));
  const actual = totalActualSeconds(record.agenda);

  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing={6} aria-label={t('record.agenda')} data-testid="record-agenda">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('record.columns.step')}</Table.Th>
            <Table.Th ta="right">{t('record.columns.planned')}</Table.Th>
            <Table.Th ta="right">{t('record.columns.actual')}</Table.Th>
            <Table.Th>{t('record.columns.difference')}</Table.Th>
            <Table.Th>{t('record.columns.times')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {record.agenda.map((item, index) => {
            const timing = stepTiming(item.plannedMinutes, item.actualSeconds);
            const inProgress = timing.kind === 'not-run' && item.id === currentItemId && record.status !== 'ended';
            const from = clockTime(item.startedAt);
            const to = clockTime(item.endedAt);
            return (
              <Table.Tr key={item.id}>
                <Table.Td>
                  <Text size="sm" fw={600}>{index + 1}. {item.title}</Text>
                  <Text size="xs" c="dimmed">{tApp(`blocks.${item.block}`)}</Text>
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{duration(item.plannedMinutes)}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                  {timing.kind === 'not-run' ? <Text size="sm" c="dimmed" span>{inProgress ? t('record.inProgress') : t('record.notRun')}</Text> : formatClock(timing.actualMs)}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {timing.kind === 'over' && <Text size="sm" c="red" fw={600} span>{t('record.overrun', { time: formatClock(timing.differenceMs) })}</Text>}
                  {timing.kind === 'under' && <Text size="sm" c="teal" span>{t('record.under', { time: formatClock(timing.differenceMs) })}</Text>}
                  {timing.kind === 'on-time' && <Text size="sm" span>{t('record.onTime')}</Text>}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{from || to ? `${from} – ${to}` : ''}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th>{t('record.totals')}</Table.Th>
            <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>{duration(planned)}</Table.Th>
            <Table.Th ta="right" style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>{actual === null ? '' : formatClock(actual * 1000)}</Table.Th>
            <Table.Th />
            <Table.Th />
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
