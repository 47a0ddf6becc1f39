import { Group, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { useT } from '../../../kernel/i18n/typedT';
import { budgetRollup } from '../../../../../shared/calendar/budgetRollup';
import { formatMoney, monthNames } from '../../../kernel/i18n/format';
import { currentLanguage } from '../../../kernel/i18n/i18n';
import { useOpenSession } from '../../../kernel/workspace/WorkspaceContext';
import { BudgetBarChart, type BudgetBar } from './BudgetBarChart';
import { BudgetEditor } from './BudgetEditor';
import { budgetYears } from './budgetModel';
import { BudgetSummary } from './BudgetSummary';
import { OverBudgetList, type OverLine } from './OverBudgetList';

/** Compact axis ticks (¥120K, 12万): full amounts would crowd the axis; tooltips show them in full. */
function compactMoney(currency: string, language: string): (n: number) => string {
  try {
    const format = new Intl.NumberFormat(language, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 });
    return (n) => format.format(n);
  } catch {
    const format = new Intl.NumberFormat(language, { notation: 'compact', maximumFractionDigits: 1 });
    return (n) => format.format(n);
  }
}

/** Annual marketing budget for a chosen year: the editor, the year in numbers, charts and what is over. */
export function BudgetView() {
  const { t } = useT('calendar');
  const { t: tCommon } = useT('common');
  const session = useOpenSession();
  const language = currentLanguage();
  const currentYear = new Date().getFullYear();
  const [year, setYear] = useState(currentYear);

  const workspace = session?.workspace;
  const campaigns = workspace?.campaigns;
  const budgets = workspace?.budgets;
  const currency = workspace?.settings.currency ?? 'CNY';

  const years = useMemo(() => budgetYears(campaigns ?? [], budgets ?? [], currentYear), [campaigns, budgets, currentYear]);
  const rollup = useMemo(() => budgetRollup({ campaigns: campaigns ?? [], budgets: budgets ?? [] }, year), [campaigns, budgets, year]);
  const formatValue = useCallback((n: number) => formatMoney(n, currency, language), [currency, language]);
  const formatTick = useMemo(() => compactMoney(currency, language), [currency, language]);

  const channelBars = useMemo<BudgetBar[]>(() => rollup.byChannel.map((line) => ({
    ...line, label: line.channel === 'none' ? t('budget.timeline.noChannel') : tCommon(`channelTypes.${line.channel}`),
  })), [rollup, t, tCommon]);
  const monthBars = useMemo<BudgetBar[]>(() => {
    const names = monthNames(language);
    const short = new Intl.DateTimeFormat(language, { month: 'short', timeZone: 'UTC' });
    return rollup.byMonth.map((line) => ({
      ...line, label: names[line.month - 1] ?? String(line.month), tick: short.format(new Date(Date.UTC(2024, line.month - 1, 1))),
    }));
  }, [rollup, language]);
  const overCampaigns = useMemo(() => {
    const ids = new Set(rollup.overBudgetCampaignIds);
    return (campaigns ?? []).filter((campaign) => ids.has(campaign.id));
  }, [rollup, campaigns]);

  const chartLabels = useMemo(() => ({
    planned: t('budget.charts.planned'), actual: t('budget.charts.actual'), allocation: t('budget.charts.allocation'), overBudget: t('budget.charts.overBudget'),
  }), [t]);

  if (!workspace) return null;
  const budget = workspace.budgets.find((entry) => entry.year === year) ?? null;
  const overLines = (bars: BudgetBar[], prefix: string): OverLine[] => bars
    .filter((bar) => bar.over && bar.allocated !== null)
    .map((bar) => ({ key: `${prefix}-${bar.label}`, name: bar.label, actual: bar.actual, allocated: bar.allocated ?? 0 }));

  return (
    <Stack gap="lg">
      <Group align="flex-end">
        <Select
          label={t('budget.editor.year')}
          data={years.map(String)}
          value={String(year)}
          allowDeselect={false}
          w={160}
          onChange={(value) => { if (value) setYear(Number(value)); }}
        />
      </Group>

      <BudgetSummary rollup={rollup} formatValue={formatValue} />

      <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="md">
        <Paper withBorder p="md" radius="md">
          <Title order={3} size="h5" mb="xs">{t('budget.charts.byChannel')}</Title>
          <BudgetBarChart bars={channelBars} labels={chartLabels} formatValue={formatValue} formatTick={formatTick} ariaLabel={t('budget.charts.byChannelLabel', { year })} />
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Title order={3} size="h5" mb="xs">{t('budget.charts.byMonth')}</Title>
          <BudgetBarChart bars={monthBars} labels={chartLabels} formatValue={formatValue} formatTick={formatTick} ariaLabel={t('budget.charts.byMonthLabel', { year })} />
        </Paper>
      </SimpleGrid>
      <Text size="xs" c="dimmed" mt={-8}>{t('budget.charts.splitNote')}</Text>

      <OverBudgetList
        year={year}
        channels={overLines(channelBars, 'channel')}
        months={overLines(monthBars, 'month')}
        campaigns={overCampaigns}
        formatValue={formatValue}
      />

      {/* Keyed by year: the fields' drafts belong to the year they were typed for. */}
      <BudgetEditor key={year} year={year} budget={budget} currency={currency} formatValue={formatValue} />
    </Stack>
  );
}
