import { ActionIcon, Button, Group, NumberInput, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { newId } from '../../../../../shared/ids';
import { planObjective, type MarketingPlan, type PlanObjective } from '../../../../../shared/schema/marketingPlan';
import { ValidatedTextField } from '../../../app/ui/fields/ValidatedTextField';
import { useUndoableRemoval } from '../../../app/workspace/useUndoableRemoval';
import { usePlanEdit } from '../usePlanEdit';
import { usePlanT } from '../usePlanT';

const MAX = 1e15;
const valid = (value: number) => Number.isFinite(value) && value >= 0 && value <= MAX;

/**
 * Annual targets and their split 分解: even (the plan divides the annual target) or month by
 * month (the annual target becomes their sum).
 */
export function ObjectivesEditor({ plan, disabled }: { plan: MarketingPlan; disabled: boolean }) {
  const { t } = usePlanT();
  const edit = usePlanEdit();
  const remove = useUndoableRemoval();
  const update = (id: string, recipe: (objective: PlanObjective) => void) => edit((p) => {
    const objective = p.objectives.find((o) => o.id === id);
    if (objective) recipe(objective);
  });

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">{t('objectives.hint')}</Text>
      {plan.objectives.length === 0 && <Text size="sm">{t('objectives.empty')}</Text>}
      {plan.objectives.map((objective) => (
        <Stack key={objective.id} gap={6} p="sm" style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 8 }}>
          <Group align="flex-end" wrap="wrap" gap="sm">
            <ValidatedTextField label={t('objectives.name')} value={objective.name} schema={planObjective.shape.name} description={null} disabled={disabled} onCommit={(name) => update(objective.id, (o) => { o.name = name; })} />
            <ValidatedTextField label={t('objectives.unit')} value={objective.unit} schema={planObjective.shape.unit} description={null} disabled={disabled} onCommit={(unit) => update(objective.id, (o) => { o.unit = unit; })} />
            <NumberInput
              label={t('objectives.annual')}
              value={objective.monthlyTargets ? objective.monthlyTargets.reduce((a, b) => a + b, 0) : objective.annualTarget ?? ''}
              disabled={disabled || objective.monthlyTargets !== null}
              min={0}
              max={MAX}
              thousandSeparator=","
              w={170}
              onChange={(value) => {
                const amount = value === '' ? null : Number(value);
                if (amount === null || valid(amount)) update(objective.id, (o) => { o.annualTarget = amount; });
              }}
            />
            <Stack gap={2}>
              <Text size="sm" fw={500}>{t('objectives.split')}</Text>
              <SegmentedControl
                size="xs"
                disabled={disabled}
                data={[{ value: 'even', label: t('objectives.even') }, { value: 'custom', label: t('objectives.custom') }]}
                value={objective.monthlyTargets ? 'custom' : 'even'}
                onChange={(value) => update(objective.id, (o) => {
                  if (value === 'custom') {
                    const each = Math.round(((o.annualTarget ?? 0) / 12) * 100) / 100;
                    o.monthlyTargets = Array.from({ length: 12 }, () => each);
                  } else {
                    o.annualTarget = o.monthlyTargets ? o.monthlyTargets.reduce((a, b) => a + b, 0) : o.annualTarget;
                    o.monthlyTargets = null;
                  }
                })}
              />
            </Stack>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('objectives.remove', { name: objective.name })}
              disabled={disabled}
              onClick={() => remove(t('objectives.removed', { name: objective.name }), (draft) => {
                draft.marketingPlan.objectives = draft.marketingPlan.objectives.filter((o) => o.id !== objective.id);
              })}
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
                    if (value !== '' && valid(next)) update(objective.id, (o) => { if (o.monthlyTargets) o.monthlyTargets[month] = next; });
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
          disabled={disabled || plan.objectives.length >= 50}
          onClick={() => edit((p) => {
            p.objectives.push({ id: newId('obj'), name: t('objectives.newName'), unit: '', annualTarget: null, monthlyTargets: null, notes: '' });
          })}
        >
          {t('objectives.add')}
        </Button>
      </Group>
    </Stack>
  );
}

