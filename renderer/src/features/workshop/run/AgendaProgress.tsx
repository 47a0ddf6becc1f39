import { Table, Text, UnstyledButton } from '@mantine/core';
import { useT } from '../../../kernel/i18n/typedT';
import type { WorkshopSession } from '../../../../../shared/schema/workshop';
import { formatClock, type ClockView } from '../../../../../shared/workshop/clock';

/**
 * The agenda with progress: each step's timebox next to the time it really took (the running
 * step's time counts live). While the workshop runs, a click on a step jumps there.
 */
export function AgendaProgress({ workshop, view, canJump, onGoTo }: {
  workshop: WorkshopSession;
  view: ClockView;
  canJump: boolean;
  onGoTo: (itemId: string) => void;
}) {
  const { t } = useT('workshop');
  const usedOf = (itemId: string, actualSeconds: number | null): number | null =>
    itemId === view.item?.id ? view.usedMs : actualSeconds === null ? null : actualSeconds * 1000;
  const plannedMs = workshop.agenda.reduce((sum, item) => sum + item.minutes * 60_000, 0);
  const usedMs = workshop.agenda.reduce((sum, item) => sum + (usedOf(item.id, item.actualSeconds) ?? 0), 0);

  return (
    <div>
      <Table aria-label={t('run.agenda.label')} verticalSpacing={6} data-testid="run-agenda">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={36}>#</Table.Th>
            <Table.Th>{t('run.agenda.label')}</Table.Th>
            <Table.Th ta="right">{t('run.agenda.planned')}</Table.Th>
            <Table.Th ta="right">{t('run.agenda.used')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {workshop.agenda.map((item, index) => {
            const current = item.id === view.item?.id;
            const used = usedOf(item.id, item.actualSeconds);
            const over = used !== null && used > item.minutes * 60_000;
            const jumpable = canJump && !current;
            return (
              <Table.Tr key={item.id} className="sb-run-agenda-row" aria-current={current ? 'step' : undefined} data-testid={`run-agenda-${item.id}`}>
                <Table.Td>{index + 1}</Table.Td>
                <Table.Td>
                  {jumpable ? (
                    <UnstyledButton onClick={() => onGoTo(item.id)} aria-label={t('run.agenda.goTo', { title: item.title })} style={{ textDecoration: 'underline dotted' }}>
                      {item.title}
                    </UnstyledButton>
                  ) : (
                    <Text span inherit>{item.title}</Text>
                  )}
                  {current && <Text span size="xs" c="dimmed" ml={6}>({t('run.agenda.current')})</Text>}
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{t('run.agenda.minutes', { count: item.minutes })}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }} className={over ? 'sb-run-over' : undefined}>
                  {used === null ? t('run.agenda.notYet') : formatClock(used)}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <Text size="sm" c="dimmed" mt={6} ta="right">
        {t('run.agenda.total', { used: formatClock(usedMs), planned: formatClock(plannedMs) })}
      </Text>
    </div>
  );
}
