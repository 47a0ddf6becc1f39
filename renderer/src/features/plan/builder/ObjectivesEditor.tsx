import { ActionIcon, Button, Group, NumberInput, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { newId } from '../../../../../shared/ids';
import { sumMonths } from '../../../../../shared/plan/objectives';
import { MAX_OBJECTIVES } from '../../../../../shared/plan/ops/planOps';
import { planObjective, type MarketingPlan } from '../../../../../shared/schema/marketingPlan';
import { ValidatedTextField } from '../../../kernel/ui/fields/ValidatedTextField';
import { useRun } from '../../../kernel/workspace/WorkspaceContext';
import { useUndoableRemoval } from '../../../kernel/workspace/useUndoableRemoval';
import { useT } from '../../../kernel/i18n/typedT';

const MAX = 1e15;
const valid = (value: number) => Number.isFinite(value) && value >= 0 && value <= MAX;

/**
 * Annual targets and their split 分解: even (the plan divides the annual target) or month by
 * month (the annual target becomes their sum).
 */
export function ObjectivesEditor({ plan, disabled }: { plan: MarketingPlan; disabled: boolean }) {
  const { t } = useT('plan');
  const run = useRun();
  const remove = useUndoableRemoval();

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">{t('objectives.hint')}</Text>
      {plan.objectives.length === 0 && <Text size="sm">{t('objectives.empty')}</Text>}
      {plan.objectives.map((objective) => (
        <Stack key={objective.id} gap={6} p="sm" style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 8 }}>
          <Group align="flex-end" wrap="wrap" gap="sm">
            <ValidatedTextField label={t('objectives.name')} value={objective.name} schema={planObjective.shape.name} description={null} disabled={disabled} onCommit={(name) => run('plan.objective.update', { objectiveId: objective.id, fields: { name } })} />
            <ValidatedTextField label={t('objectives.unit')} value={objective.unit} schema={planObjective.shape.unit} description={null} disabled={disabled} onCommit={(unit) => run('plan.objective.update', { objectiveId: objective.id, fields: { unit } })} />
            <NumberInput
              label={t('objectives.annual')}
              value={objective.monthlyTargets ? sumMonths(objective.monthlyTargets) : objective.annualTarget ?? ''}
              disabled={disabled || objective.monthlyTargets !== null}
              min={0}
              max={MAX}
              thousandSeparator=","
              w={170}
              onChange={(value) => {
                const amount = value === '' ? null : Number(value);
                if (amount === null || valid(amount)) run('plan.objective.update', { objectiveId: objective.id, fields: { annualTarget: amount } });
              }}
            />
            <Stack gap={2}>
              <Text size="sm" fw={500}>{t('objectives.split')}</Text>
              <SegmentedControl
                size="xs"
                disabled={disabled}
                data={[{ value: 'even', label: t('objectives.even') }, { value: 'custom', label: t('objectives.custom') }]}
                value={objective.monthlyTargets ? 'custom' : 'even'}
                onChange={(value) => run('plan.objective.setSplit', { objectiveId: objective.id, split: value === 'custom' ? 'custom' : 'even' })}
              />
            </Stack>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('objectives.remove', { name: objective.name })}
              disabled={disabled}
              onClick={() => remove(t('objectives.removed', { name: objective.name }), 'plan.objective.remove', { objectiveId: objective.id })}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Group>
          {objective.monthlyTargets && (
            <SimpleGrid cols={{ base: 3, sm: 6 }} spacing={6}>
              {objective.monthlyTargets.map((amount, month) => (
                <NumberInput
                  key={month}
                  size="xs"
                  label={t('objectives.month', { month: month + 1 })}
                  value={amount}
                  min={0}
                  max={MAX}
                  disabled={disabled}
                  onChange={(value) => {
                    const next = Number(value);
                    if (value !== '' && valid(next)) run('plan.objective.month.set', { objectiveId: objective.id, month: month + 1, amount: next });
                  }}
                />
              ))}
            </SimpleGrid>
          )}
        </Stack>
      ))}
      <Group>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} aria-hidden />}
          disabled={disabled || plan.objectives.length >= MAX_OBJECTIVES}
          onClick={() => run('plan.objective.add', { objectiveId: newId('obj'), name: t('objectives.newName') })}
        >
          {t('objectives.add')}
        </Button>
      </Group>
    </Stack>
  );
}

