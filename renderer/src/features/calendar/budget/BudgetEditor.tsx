import { Alert, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useT } from '../../../kernel/i18n/typedT';
import type { MarketingBudget } from '../../../../../shared/schema/campaign';
import { monthNames } from '../../../kernel/i18n/format';
import { currentLanguage } from '../../../kernel/i18n/i18n';
import { NumberField } from '../../../kernel/ui/fields/NumberField';
import { useCanEdit, useRun } from '../../../kernel/workspace/WorkspaceContext';
import { CHANNEL_COLORS, type ChannelType } from '../colors';
import { channelAllocation, MONTHS, sumOf } from './budgetModel';

const CHANNELS = Object.keys(CHANNEL_COLORS) as ChannelType[];

interface BudgetEditorProps {
  year: number;
  budget: MarketingBudget | null;
  currency: string;
  formatValue: (n: number) => string;
}

/**
 * The year's budget: total, allocation by channel and by month. Every committed field is one
 * undoable operation; the year's entry is created by the first one. Money is never negative (the
 * field says so as you type and keeps the draft).
 */
export function BudgetEditor({ year, budget, currency, formatValue }: BudgetEditorProps) {
  const { t } = useT('calendar');
  const { t: tCommon } = useT('common');
  const run = useRun();
  const canEdit = useCanEdit();
  const months = monthNames(currentLanguage());

  const channelValues = CHANNELS.map((channel) => channelAllocation(budget, channel));
  const channelSum = sumOf(channelValues.filter((value): value is number => value !== null));
  const monthSum = sumOf(budget?.byMonth ?? []);
  const total = budget?.total ?? null;
  const hasMonths = (budget?.byMonth.length ?? 0) > 0;

  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="md">
        <Title order={3} size="h4">{t('budget.editor.heading')}</Title>
        {!budget && <Text size="sm" c="dimmed">{t('budget.editor.noBudget', { year })}</Text>}
        <NumberField
          label={t('budget.editor.total')}
          value={total}
          // Before the year has a budget an empty field is simply "not set yet"; afterwards a total is required.
          nullable={budget === null}
          min={0}
          unit={currency}
          w={260}
          disabled={!canEdit}
          onCommit={(value) => {
            if (value !== null) run('budget.total.set', { year, total: value });
          }}
        />

        <div>
          <Title order={4} size="h5" mb={4}>{t('budget.editor.byChannel')}</Title>
          <Text size="xs" c="dimmed" mb="xs">{t('budget.editor.allocated', { sum: formatValue(channelSum) })}</Text>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
            {CHANNELS.map((channel, index) => (
              <NumberField
                key={channel}
                label={tCommon(`channelTypes.${channel}`)}
                value={channelValues[index] ?? null}
                nullable
                min={0}
                unit={currency}
                disabled={!canEdit}
                onCommit={(value) => run('budget.channel.set', { year, channel, amount: value })}
              />
            ))}
          </SimpleGrid>
          {total !== null && channelSum > total && (
            <Alert mt="sm" color="orange" variant="light" icon={<IconAlertTriangle size={18} />}>
              {t('budget.editor.channelsOver', { sum: formatValue(channelSum), total: formatValue(total) })}
            </Alert>
          )}
        </div>

        <div>
          <Title order={4} size="h5" mb={4}>{t('budget.editor.byMonth')}</Title>
          <Text size="xs" c="dimmed" mb="xs">{t('budget.editor.allocated', { sum: formatValue(monthSum) })}</Text>
          <SimpleGrid cols={{ base: 2, sm: 3, md: 4, lg: 6 }} spacing="sm">
            {Array.from({ length: MONTHS }, (_, index) => (
              <NumberField
                key={index}
                label={months[index] ?? String(index + 1)}
                value={hasMonths ? (budget?.byMonth[index] ?? 0) : null}
                // Until the first month is set the months are blank; after that there are always 12 amounts.
                nullable={!hasMonths}
                min={0}
                unit={currency}
                disabled={!canEdit}
                onCommit={(value) => {
                  if (value !== null) run('budget.month.set', { year, month: index + 1, amount: value });
                }}
              />
            ))}
          </SimpleGrid>
          {total !== null && monthSum > total && (
            <Alert mt="sm" color="orange" variant="light" icon={<IconAlertTriangle size={18} />}>
              {t('budget.editor.monthsOver', { sum: formatValue(monthSum), total: formatValue(total) })}
            </Alert>
          )}
        </div>
      </Stack>
    </Paper>
  );
}
