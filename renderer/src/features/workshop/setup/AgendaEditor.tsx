import { ActionIcon, Badge, Button, Group, Menu, Select, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useT } from '../../../kernel/i18n/typedT';
import { IconArrowDown, IconArrowUp, IconChevronDown, IconPlus, IconTrash } from '@tabler/icons-react';
import { newId } from '../../../../../shared/ids';
import type { OperationArgs } from '../../../../../shared/ops/registry';
import { agendaItem, canvasBlockKey, type AgendaItem, type WorkshopSession } from '../../../../../shared/schema/workshop';
import { STRATEGY_STEPS } from '../../../../../shared/workshop/agenda';
import { NumberField } from '../../../kernel/ui/fields/NumberField';
import { ValidatedTextField } from '../../../kernel/ui/fields/ValidatedTextField';
import { useUndoableRemoval } from '../../../kernel/workspace/useUndoableRemoval';
import { useRun } from '../../../kernel/workspace/WorkspaceContext';
import { totalMinutes } from '../duration';
import { useDurationText } from '../useDurationText';

/** The schema's limit on agenda items. */
const MAX_STEPS = 50;

/** The agenda: steps in order, each with a title, a timebox and the canvas block it feeds. */
export function AgendaEditor({ workshop, disabled }: { workshop: WorkshopSession; disabled: boolean }) {
  const { t } = useT('workshop');
  const run = useRun();
  const duration = useDurationText();
  const full = workshop.agenda.length >= MAX_STEPS;

  const addMenu = (
    <Menu position="bottom-start" disabled={disabled || full}>
      <Menu.Target>
        <Button variant="light" size="sm" leftSection={<IconPlus size={16} aria-hidden />} rightSection={<IconChevronDown size={14} aria-hidden />} disabled={disabled || full} data-testid="agenda-add-step">
          {t('setup.addStep')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('setup.addStepOf')}</Menu.Label>
        {STRATEGY_STEPS.map((step) => (
          <Menu.Item key={step} onClick={() => run('workshop.agenda.add', { workshopId: workshop.id, itemId: newId('agd'), step, title: t(`steps.${step}`) })}>
            {t(`steps.${step}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );

  return (
    <Stack gap="sm">
      {workshop.agenda.length === 0 ? (
        <Text size="sm" c="dimmed">{t('setup.noAgenda')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table verticalSpacing={6} horizontalSpacing="xs" aria-label={t('setup.agenda')} data-testid="agenda-editor">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={36}><VisuallyHidden>#</VisuallyHidden></Table.Th>
                <Table.Th>{t('setup.stepTitle')}</Table.Th>
                <Table.Th w={120}>{t('setup.minutes')}</Table.Th>
                <Table.Th w={250}>{t('setup.block')}</Table.Th>
                <Table.Th w={100}><VisuallyHidden>{t('list.columns.actions')}</VisuallyHidden></Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {workshop.agenda.map((item, index) => (
                <AgendaRow
                  key={item.id}
                  workshop={workshop}
                  item={item}
                  index={index}
                  disabled={disabled}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group justify="space-between" wrap="wrap">
        {addMenu}
        <Text fw={600} data-testid="agenda-total">{t('setup.total', { duration: duration(totalMinutes(workshop.agenda)) })}</Text>
      </Group>
      {full && <Text size="xs" c="dimmed">{t('setup.agendaFull')}</Text>}
    </Stack>
  );
}

function AgendaRow({ workshop, item, index, disabled }: { workshop: WorkshopSession; item: AgendaItem; index: number; disabled: boolean }) {
  const { t } = useT('workshop');
  // Canvas block names are the Strategy area's own, so both areas always say the same.
  const { t: tApp } = useT('strategy');
  const run = useRun();
  const remove = useUndoableRemoval();
  const number = index + 1;
  const last = index === workshop.agenda.length - 1;
  const update = (fields: OperationArgs<'workshop.agenda.update'>['fields']): boolean =>
    run('workshop.agenda.update', { workshopId: workshop.id, itemId: item.id, fields });
  const isCurrent = workshop.run.currentItemId === item.id && workshop.status !== 'ended';
  // Reordering moves the row's DOM node, which drops keyboard focus: put it back on the same button.
  const move = (button: 'up' | 'down') => {
    if (!run('workshop.agenda.move', { workshopId: workshop.id, itemId: item.id, direction: button })) return;
    requestAnimationFrame(() => {
      const target = document.querySelector<HTMLButtonElement>(`[data-agenda-move="${item.id}-${button}"]`);
      (target && !target.disabled ? target : document.querySelector<HTMLButtonElement>(`[data-agenda-move="${item.id}-${button === 'up' ? 'down' : 'up'}"]`))?.focus();
    });
  };

  return (
    <Table.Tr data-testid="agenda-row">
      <Table.Td><Text fw={600} c="dimmed" ta="right">{number}</Text></Table.Td>
      <Table.Td>
        <Stack gap={2}>
          <ValidatedTextField
            label={t('setup.stepTitleOf', { number })}
            hideLabel
            description={null}
            schema={agendaItem.shape.title}
            value={item.title}
            disabled={disabled}
            onCommit={(title) => update({ title })}
          />
          <Group gap={6}>
            {/* The method step, when the title no longer says it (renamed or a second step of a kind). */}
            {item.title !== t(`steps.${item.step}`) && <Text size="xs" c="dimmed">{t(`steps.${item.step}`)}</Text>}
            {isCurrent && <Badge size="xs" variant="light" color="green">{t('setup.current')}</Badge>}
            {!isCurrent && item.actualSeconds !== null && <Badge size="xs" variant="light" color="gray">{t('setup.done')}</Badge>}
          </Group>
        </Stack>
      </Table.Td>
      <Table.Td style={{ verticalAlign: 'top' }}>
        <NumberField
          label={t('setup.minutesOf', { number })}
          hideLabel
          value={item.minutes}
          nullable={false}
          integer
          min={1}
          max={600}
          unit={<Text size="xs" c="dimmed">{t('setup.minutesUnit')}</Text>}
          disabled={disabled}
          onCommit={(minutes) => { if (minutes !== null) update({ minutes }); }}
        />
      </Table.Td>
      <Table.Td style={{ verticalAlign: 'top' }}>
        <Select
          aria-label={t('setup.blockOf', { number })}
          data={canvasBlockKey.options.map((block) => ({ value: block, label: tApp(`blocks.${block}`) }))}
          value={item.block}
          disabled={disabled}
          allowDeselect={false}
          onChange={(value) => {
            const parsed = canvasBlockKey.safeParse(value);
            if (parsed.success && parsed.data !== item.block) update({ block: parsed.data });
          }}
        />
      </Table.Td>
      <Table.Td style={{ verticalAlign: 'top' }}>
        <Group gap={2} wrap="nowrap" pt={4}>
          <ActionIcon variant="subtle" color="gray" disabled={disabled || index === 0} aria-label={t('setup.moveUp', { number })} data-agenda-move={`${item.id}-up`} onClick={() => move('up')}>
            <IconArrowUp size={16} aria-hidden />
          </ActionIcon>
          <ActionIcon variant="subtle" color="gray" disabled={disabled || last} aria-label={t('setup.moveDown', { number })} data-agenda-move={`${item.id}-down`} onClick={() => move('down')}>
            <IconArrowDown size={16} aria-hidden />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            color="red"
            disabled={disabled}
            aria-label={t('setup.removeStep', { number })}
            onClick={() => remove(t('setup.stepRemoved', { title: item.title }), 'workshop.agenda.remove', { workshopId: workshop.id, itemId: item.id })}
          >
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
