import { Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useT } from '../../../kernel/i18n/typedT';
import { conversionRatePercent, isOverBudget, plannedRoiPercent, roiPercent } from '../../../../../shared/calendar/campaignMetrics';
import { formatMoney, formatNumber } from '../../../kernel/i18n/format';
import { currentLanguage } from '../../../kernel/i18n/i18n';
import { NumberField } from '../../../kernel/ui/fields/NumberField';
import type { CampaignFormProps } from './editorTypes';

const KPI_NAMES = ['reach', 'leads', 'conversions', 'revenue'] as const;

/** Planned budget and actual spend, KPI targets and actuals, and what they compute to. */
export function BudgetKpiTab({ campaign, change, canEdit, currency }: CampaignFormProps) {
  const { t } = useT('calendar');
  const language = currentLanguage();
  const percent = (value: number | null) => (value === null ? '—' : `${formatNumber(value, language)} %`);
  const over = isOverBudget(campaign);

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberField label={t('editor.plannedBudget')} value={campaign.plannedBudget} nullable={false} min={0} unit={currency} disabled={!canEdit}
          onCommit={(value) => change.update({ plannedBudget: value ?? 0 })} />
        <NumberField label={t('editor.actualSpend')} value={campaign.actualSpend} nullable={false} min={0} unit={currency} disabled={!canEdit}
          onCommit={(value) => change.update({ actualSpend: value ?? 0 })} />
      </SimpleGrid>
      {over && <Text size="sm" c="red" fw={600}>{t('editor.overBudget', { amount: formatMoney(campaign.actualSpend - campaign.plannedBudget, currency, language) })}</Text>}

      <Title order={3} size="h5">{t('editor.kpis.title')}</Title>
      <Table withTableBorder verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('editor.kpis.title')}</Table.Th>
            <Table.Th>{t('editor.kpis.target')}</Table.Th>
            <Table.Th>{t('editor.kpis.actual')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {KPI_NAMES.map((kpi) => (
            <Table.Tr key={kpi}>
              <Table.Td>{t(`editor.kpis.${kpi}`)}</Table.Td>
              {(['target', 'actual'] as const).map((which) => (
                <Table.Td key={which}>
                  <NumberField hideLabel label={t('editor.kpis.fieldLabel', { kpi: t(`editor.kpis.${kpi}`), which: t(`editor.kpis.${which}`) })}
                    value={campaign.kpis[kpi][which]} nullable min={0} integer={kpi !== 'revenue'} unit={kpi === 'revenue' ? currency : undefined} disabled={!canEdit}
                    onCommit={(value) => change.updateKpi(kpi, { [which]: value })} />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>

      <Stack gap={4} aria-live="polite">
        <Group gap="xs"><Text size="sm" fw={600}>{t('editor.kpis.conversionRate')}:</Text>
          <Text size="sm" data-testid="conversion-rate">{t('editor.kpis.targetActual', { target: percent(conversionRatePercent(campaign.kpis, 'target')), actual: percent(conversionRatePercent(campaign.kpis, 'actual')) })}</Text></Group>
        <Group gap="xs"><Text size="sm" fw={600}>{t('editor.kpis.roi')}:</Text>
          <Text size="sm" data-testid="roi">{percent(roiPercent(campaign))}</Text></Group>
        <Group gap="xs"><Text size="sm" fw={600}>{t('editor.kpis.plannedRoi')}:</Text>
          <Text size="sm" data-testid="planned-roi">{percent(plannedRoiPercent(campaign))}</Text></Group>
      </Stack>
    </Stack>
  );
}
