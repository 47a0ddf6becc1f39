import { Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { newId } from '../../../../../shared/ids';
import { STRATEGY_STEPS } from '../../../../../shared/workshop/agenda';
import { navigate } from '../../../kernel/routing/useHashRoute';
import { DateField } from '../../../kernel/ui/fields/DateField';
import { useOpenSession, useRun } from '../../../kernel/workspace/WorkspaceContext';
import { todayIso } from '../../../kernel/dates/todayIso';
import { useT } from '../../../kernel/i18n/typedT';

/** Plans a workshop: title, date, facilitator and the strategy it feeds; the agenda starts as the six steps. */
export function NewWorkshopModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useT('workshop');
  const session = useOpenSession();
  const run = useRun();
  const strategies = session?.workspace.strategies ?? [];
  const [title, setTitle] = useState('');
  const [date, setDate] = useState<string | null>(() => todayIso());
  const [facilitator, setFacilitator] = useState('');
  // One strategy is the usual case: preselect it so decisions have somewhere to go.
  const [strategyId, setStrategyId] = useState<string | null>(() => (strategies.length === 1 ? strategies[0]!.id : null));
  const ready = title.trim().length > 0 && date !== null;

  const create = () => {
    if (!ready || date === null) return;
    const workshopId = newId('wsh');
    // The agenda starts as the six steps of the method, titled in the UI language.
    const agenda = STRATEGY_STEPS.map((step) => ({ id: newId('agd'), step, title: t(`steps.${step}`) }));
    if (run('workshop.create', { workshopId, title: title.trim(), date, facilitator: facilitator.trim(), strategyId, agenda })) {
      onClose();
      setTitle('');
      navigate('workshop', workshopId);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('create.heading')} size="lg">
      <form onSubmit={(event) => { event.preventDefault(); create(); }}>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">{t('create.hint')}</Text>
          <TextInput
            label={t('create.workshopTitle')}
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
            required
            data-autofocus
            maxLength={200}
            data-testid="new-workshop-title"
          />
          <Group grow align="flex-start">
            <DateField label={t('create.date')} value={date} onCommit={setDate} />
            <TextInput label={t('create.facilitator')} value={facilitator} onChange={(event) => setFacilitator(event.currentTarget.value)} maxLength={200} />
          </Group>
          <Select
            label={t('create.strategy')}
            description={t('create.strategyHint')}
            data={[{ value: '', label: t('create.noStrategy') }, ...strategies.map((strategy) => ({ value: strategy.id, label: strategy.name }))]}
            value={strategyId ?? ''}
            onChange={(value) => setStrategyId(value || null)}
            allowDeselect={false}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>{t('create.cancel')}</Button>
            <Button type="submit" disabled={!ready}>{t('create.create')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
