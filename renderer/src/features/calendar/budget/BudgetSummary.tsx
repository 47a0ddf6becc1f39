import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useT } from '../../../kernel/i18n/typedT';
import type { BudgetRollup } from '../../../../../shared/calendar/budgetRollup';

interface FigureProps {
  label: string;
  value: string;
  hint?: string;
  danger?: boolean;
}

function Figure({ label, value, hint, danger }: FigureProps) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Text size="sm" c="dimmed">{label}</Text>
      <Text size="xl" fw={700} c={danger ? 'red' : undefined}>{value}</Text>
      {hint && <Text size="xs" c="dimmed">{hint}</Text>}
    </Paper>
  );
}

/** The year in four numbers; a negative remaining figure is red (the budget is overspent). */
export function BudgetSummary({ rollup, formatValue }: { rollup: BudgetRollup; formatValue: (n: number) => string }) {
  const { t } = useT('calendar');
  const notSet = t('budget.summary.notSet');
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
      <Figure label={t('budget.summary.total')} value={rollup.total === null ? notSet : formatValue(rollup.total)} />
      <Figure label={t('budget.summary.planned')} value={formatValue(rollup.plannedTotal)} />
      <Figure label={t('budget.summary.actual')} value={formatValue(rollup.actualTotal)} />
      <Figure
        label={t('budget.summary.remaining')}
        value={rollup.remaining === null ? notSet : formatValue(rollup.remaining)}
        hint={t('budget.summary.remainingHint')}
        danger={rollup.remaining !== null && rollup.remaining < 0}
      />
    </SimpleGrid>
  );
}
