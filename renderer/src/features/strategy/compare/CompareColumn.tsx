import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Strategy } from '../../../../../shared/schema/strategy';
import { breakEven, breakEvenTier } from '../../../../../shared/strategy/breakEven';
import { mapEntries } from '../../../../../shared/strategy/perceptualMap';
import { useCanvasFormat } from '../canvas/useCanvasFormat';
import { PerceptualMapChart } from '../charts';
import { usePositioningStatement } from '../usePositioningStatement';

export const COMPARE_ROWS = ['statement', 'differentiation', 'map', 'strategyType', 'tiers', 'breakEven', 'channels'] as const;
export type CompareRow = (typeof COMPARE_ROWS)[number];

/** One strategy's cell in one row of the comparison. Read-only: editing happens on the canvas. */
export function CompareColumn({ strategy, row }: { strategy: Strategy; row: CompareRow }) {
  const { t } = useTranslation();
  const format = useCanvasFormat(strategy.currency);
  const statement = usePositioningStatement(strategy.positioning.statement);
  const none = <Text c="dimmed" size="sm">{t('strategy.compareView.notSet')}</Text>;

  switch (row) {
    case 'statement':
      return <Text size="sm">{statement}</Text>;
    case 'differentiation':
      return strategy.positioning.differentiationPoints.length === 0 ? none : (
        <List size="sm" spacing={4}>
          {strategy.positioning.differentiationPoints.map((point) => <List.Item key={point.id}>{point.text}</List.Item>)}
        </List>
      );
    case 'map': {
      const { map } = strategy.positioning;
      const entries = mapEntries(strategy.positioning, strategy.research.competitors, strategy.product || t('strategy.positioning.ownProduct'))
        .flatMap((entry) => (entry.point ? [{ key: entry.key, kind: entry.kind, label: entry.label, x: entry.point.x, y: entry.point.y }] : []));
      return entries.length === 0 ? none : (
        <PerceptualMapChart
          entries={entries}
          xAxis={map.xAxis}
          yAxis={map.yAxis}
          ariaLabel={t('strategy.positioning.mapAria', { x: `${map.xAxis.low}–${map.xAxis.high}`, y: `${map.yAxis.low}–${map.yAxis.high}` })}
          height={240}
        />
      );
    }
    case 'strategyType': {
      const type = strategy.pricing.strategyType;
      return type === null ? none : (
        <>
          <Text size="sm" fw={600}>{t(`strategy.pricing.strategyTypes.${type}`)}</Text>
          <Text size="xs" c="dimmed">{t(`strategy.pricing.explanations.${type}`)}</Text>
        </>
      );
    }
    case 'tiers':
      return strategy.pricing.tiers.length === 0 ? none : (
        <List size="sm" spacing={4}>
          {strategy.pricing.tiers.map((tier) => <List.Item key={tier.id}>{tier.name}: {format.price(tier.price)}</List.Item>)}
        </List>
      );
    case 'breakEven': {
      const tier = breakEvenTier(strategy.pricing);
      const result = breakEven({ price: tier?.price ?? null, unitVariableCost: strategy.pricing.unitVariableCost, fixedCosts: strategy.pricing.fixedCosts });
      if (result.kind === 'ok') {
        return (
          <Text size="sm">
            {t('strategy.pricing.unitsValue', { units: format.number(result.units, 0) })} · {format.money(result.revenue)}
            {tier && <Text span c="dimmed" size="xs"> ({tier.name})</Text>}
          </Text>
        );
      }
      if (result.kind === 'no-break-even') {
        return <Text size="sm" c="orange.8">{t('strategy.pricing.noBreakEven', { price: format.price(result.price), cost: format.price(result.unitVariableCost) })}</Text>;
      }
      if (result.kind === 'out-of-range') return <Text size="sm" c="orange.8">{t('strategy.pricing.outOfRange')}</Text>;
      return none;
    }
    case 'channels':
      return strategy.channels.items.length === 0 ? none : (
        <List size="sm" spacing={4}>
          {strategy.channels.items.map((channel) => (
            <List.Item key={channel.id}>
              {channel.name}{channel.targetSharePercent !== null && ` · ${format.number(channel.targetSharePercent, 2)}%`}
            </List.Item>
          ))}
        </List>
      );
  }
}
