import { Select, SimpleGrid, Stack } from '@mantine/core';
import type { OperationArgs } from '../../../../../shared/ops/registry';
import { workshopSession, type WorkshopSession } from '../../../../../shared/schema/workshop';
import { DateField } from '../../../kernel/ui/fields/DateField';
import { NumberField } from '../../../kernel/ui/fields/NumberField';
import { ValidatedTextField } from '../../../kernel/ui/fields/ValidatedTextField';
import { useOpenSession, useRun } from '../../../kernel/workspace/WorkspaceContext';
import { useT } from '../../../kernel/i18n/typedT';

/** Title, date, facilitator, the strategy the workshop feeds, and the dots each participant gets. */
export function DetailsSection({ workshop, disabled }: { workshop: WorkshopSession; disabled: boolean }) {
  const { t } = useT('workshop');
  const session = useOpenSession();
  const run = useRun();
  const update = (fields: OperationArgs<'workshop.update'>['fields']) => run('workshop.update', { workshopId: workshop.id, fields });
  const strategies = session?.workspace.strategies ?? [];
  return (
    <Stack gap="sm">
      <ValidatedTextField
        label={t('setup.title')}
        value={workshop.title}
        schema={workshopSession.shape.title}
        maxLength={200}
        disabled={disabled}
        onCommit={(title) => update({ title })}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <DateField
          label={t('setup.date')}
          value={workshop.date}
          disabled={disabled}
          // A workshop always has a date: clearing the field keeps the old one.
          onCommit={(date) => { if (date) update({ date }); }}
        />
        <ValidatedTextField
          label={t('setup.facilitator')}
          value={workshop.facilitator}
          schema={workshopSession.shape.facilitator}
          description={null}
          maxLength={200}
          disabled={disabled}
          onCommit={(facilitator) => update({ facilitator })}
        />
      </SimpleGrid>
      <Select
        label={t('setup.strategy')}
        data={[{ value: '', label: t('setup.noStrategy') }, ...strategies.map((strategy) => ({ value: strategy.id, label: strategy.name }))]}
        value={workshop.strategyId ?? ''}
        disabled={disabled}
        allowDeselect={false}
        onChange={(value) => update({ strategyId: value || null })}
        data-testid="workshop-strategy"
      />
      <NumberField
        label={t('setup.votesPerParticipant')}
        description={t('setup.votesHint')}
        value={workshop.votesPerParticipant}
        nullable={false}
        integer
        min={1}
        max={50}
        w={220}
        disabled={disabled}
        onCommit={(votes) => { if (votes !== null) update({ votesPerParticipant: votes }); }}
      />
    </Stack>
  );
}
