import { Alert, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useT } from '../../../../kernel/i18n/typedT';
import type { OperationArgs } from '../../../../../../shared/ops/registry';
import type { Strategy } from '../../../../../../shared/schema/strategy';
import { breakEven, breakEvenSeries, breakEvenTier } from '../../../../../../shared/strategy/breakEven';
import { NumberField } from '../../../../kernel/ui/fields/NumberField';
import { EnumSelect } from '../../canvas/EnumSelect';
import { useCanvasFormat } from '../../canvas/useCanvasFormat';
import type { RunOperation } from '../../canvas/blockProps';
import { BreakEvenChart } from '../../charts';

interface BreakEvenPanelProps {
  strategy: Strategy;
  run: RunOperation;
  canEdit: boolean;
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder radius="md" p="sm">
      <Text size="xs" c="dimmed">{label}</Text>
      <Text size="lg" fw={700}>{value}</Text>
    </Paper>
  );
}

/** Unit variable cost and fixed costs against one tier's price: how many units until the costs are paid, with a chart. */
export function BreakEvenPanel({ strategy, run, canEdit }: BreakEvenPanelProps) {
  const { t } = useT('strategy');
  const format = useCanvasFormat(strategy.currency);
  const pricing = strategy.pricing;
  const tier = breakEvenTier(pricing);
  const price = tier?.price ?? null;
  const { unitVariableCost, fixedCosts } = pricing;
  const update = (fields: OperationArgs<'strategy.pricing.update'>['fields']) => run('strategy.pricing.update', { strategyId: strategy.id, fields });

  const result = useMemo(() => breakEven({ price, unitVariableCost, fixedCosts }), [price, unitVariableCost, fixedCosts]);
  const series = useMemo(() => (result.kind === 'ok' ? breakEvenSeries(result) : null), [result]);
  const labels = useMemo(() => ({
    revenue: t('pricing.revenue'),
    totalCost: t('pricing.totalCost'),
    units: t('pricing.units'),
    breakEven: t('pricing.breakEven'),
  }), [t]);
  const formatUnits = useMemo(() => (units: number) => format.number(units, 0), [format]);
  // A stale id (the tier went in an undo elsewhere) reads as "first tier", as breakEvenTier does.
  const chosenTierId = pricing.tiers.some((candidate) => candidate.id === pricing.breakEvenTierId) ? pricing.breakEvenTierId : null;

  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Title order={3} size="h5">{t('pricing.costs')}</Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <NumberField label={t('pricing.unitVariableCost')} value={unitVariableCost} nullable min={0} unit={strategy.currency} disabled={!canEdit}
            onCommit={(cost) => update({ unitVariableCost: cost })} />
          <NumberField label={t('pricing.fixedCosts')} value={fixedCosts} nullable min={0} unit={strategy.currency} disabled={!canEdit}
            onCommit={(costs) => update({ fixedCosts: costs })} />
          {pricing.tiers.length > 0 && (
            <EnumSelect
              label={t('pricing.breakEvenTier')}
              value={chosenTierId}
              noneLabel={t('pricing.firstTier', { name: pricing.tiers[0]?.name ?? '' })}
              options={pricing.tiers.map((candidate) => ({ value: candidate.id, label: `${candidate.name} (${format.price(candidate.price)})` }))}
              disabled={!canEdit}
              onCommit={(tierId) => update({ breakEvenTierId: tierId })}
            />
          )}
        </SimpleGrid>

        {result.kind === 'ok' && series && (
          <>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <Figure label={t('pricing.breakEvenUnits')} value={t('pricing.unitsValue', { units: format.number(result.units, 0) })} />
              <Figure label={t('pricing.breakEvenRevenue')} value={format.money(result.revenue)} />
              <Figure label={t('pricing.contribution')} value={format.price(result.contributionPerUnit)} />
            </SimpleGrid>
            <BreakEvenChart
              units={series.units}
              revenue={series.revenue}
              totalCost={series.totalCost}
              breakEvenUnits={result.units}
              labels={labels}
              formatMoney={format.money}
              formatUnits={formatUnits}
              ariaLabel={t('pricing.chartLabel')}
              height={280}
            />
          </>
        )}
        {result.kind === 'no-break-even' && (
          <Alert color="orange" p="xs" role="status">
            {t('pricing.noBreakEven', { price: format.price(result.price), cost: format.price(result.unitVariableCost) })}
          </Alert>
        )}
        {result.kind === 'out-of-range' && <Alert color="orange" p="xs" role="status">{t('pricing.outOfRange')}</Alert>}
        {result.kind === 'incomplete' && <Text size="sm" c="dimmed" role="status">{t('pricing.incomplete')}</Text>}
      </Stack>
    </Paper>
  );
}
